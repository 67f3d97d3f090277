import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { TWO_FACTOR_ENROL_PATH, decideAdminAccess } from '@/lib/auth/admin-gate';
import { sessionCookieName, isSecureDeployment } from '@/lib/auth/session-policy';
import { publicSiteProxy } from '@/lib/site-proxy';
import { crossOriginResponse, isSameOriginRequest, isStateChanging } from '@/lib/http/request-origin';
import { isCacheFunctionId } from '@/lib/server/framework-contract';

/** app/quan-tri-khong-co-quyen/route.ts: the 403 page, served in place of the admin page. */
const FORBIDDEN_PATH = '/quan-tri-khong-co-quyen';

/**
 * A Next-Action id may name a 'use cache' function, not a server action (the id layout is a
 * framework internal: lib/server/framework-contract.ts). Next would run it for anyone who POSTs
 * its id, with any arguments: only pages may call our cached DAL reads.
 */
function isCacheFunctionCall(request: NextRequest): boolean {
  const id = request.headers.get('next-action');
  return id ? isCacheFunctionId(id) : false;
}

// Admin pages: the session cookie and the user's current role/state (database, uncached) decide
// before rendering: no valid session → sign-in page; a role without the page's permission
// (lib/auth/admin-routes.ts) → the 403 page with status 403. Every page, server action and DAL
// call still checks the user itself; this only makes the statuses right and keeps forbidden
// pages from rendering at all.
// Public content addresses: real 404s and old-slug redirects (lib/site-proxy).
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (isCacheFunctionCall(request)) return new NextResponse(null, { status: 404 });
  // The one origin rule (lib/http/request-origin.ts) for every state-changing request that
  // passes here: server actions wherever they are POSTed, the admin's route handlers.
  if (isStateChanging(request.method) && !isSameOriginRequest(request.headers)) return crossOriginResponse() as NextResponse;
  if (pathname === '/quan-tri' || pathname.startsWith('/quan-tri/')) {
    const token = await getToken({
      req: request,
      secret: process.env.NEXTAUTH_SECRET,
      cookieName: sessionCookieName(),
      secureCookie: isSecureDeployment(),
    }).catch(() => null);
    // A database failure must not open the admin: treat it like a missing session.
    const decision = await decideAdminAccess(token, pathname).catch(() => 'sign-in' as const);
    if (decision === 'allow') return NextResponse.next();
    if (decision === 'enrol') {
      // A role that requires a second factor, not yet enrolled: only the enrolment page opens.
      const isDocument = (request.method === 'GET' || request.method === 'HEAD') && !request.headers.has('next-action');
      if (!isDocument) return new NextResponse(null, { status: 403, headers: { 'Cache-Control': 'private, no-store' } });
      return NextResponse.redirect(new URL(TWO_FACTOR_ENROL_PATH, request.url));
    }
    if (decision === 'forbidden') {
      // Documents get the 403 page. Server-action POSTs and router (RSC) fetches get a bare 403:
      // a rewrite would hand the action to the route handler (500) or redirect the fetch.
      const isDocument = (request.method === 'GET' || request.method === 'HEAD') && !request.headers.has('next-action') && !request.headers.has('rsc');
      if (!isDocument) return new NextResponse(null, { status: 403, headers: { 'Cache-Control': 'private, no-store' } });
      return NextResponse.rewrite(new URL(FORBIDDEN_PATH, request.url));
    }
    const signIn = new URL('/dang-nhap', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  return (await publicSiteProxy(request)) ?? NextResponse.next();
}

export const config = {
  matcher: [
    '/quan-tri',
    '/quan-tri/:path*',
    // Only public content addresses; files, _next and the admin never reach the lookup. New
    // top-level sections (van-ban, cum-cong-nghiep, du-an, en) are in RESERVED_TOP_LEVEL
    // (lib/routes/reserved.ts) and /lien-he in PAGE_BACKED_SECTIONS, so this lookup lets them render.
    // /api/media/upload stays out: a proxy buffers request bodies and cuts them at 10 MB.
    '/tin-tuc/:slug',
    '/tin-tuc/danh-muc/:slug',
    '/thu-vien-video/:slug',
    '/thu-vien-anh/:slug',
    '/van-ban/:id',
    '/cum-cong-nghiep/:slug',
    '/du-an/:slug',
    '/hoi-dap/:slug',
    '/en/:slug',
    // Every one-segment address, files and `/api` included: unknown ones answer 404.
    '/:segment',
    // WordPress's old addresses (lib/routes/redirect-paths.ts): 308 from the redirect table or 404.
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    '/:year(\\d{4})/:month(\\d{2})/:slug',
    '/:year(\\d{4})/:month(\\d{2})/:day(\\d{2})/:slug',
    '/category/:path+',
    '/tag/:slug',
    // Every server-function call, wherever it is POSTed (isCacheFunctionCall); never the upload route.
    { source: '/((?!api/media/upload).*)', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
