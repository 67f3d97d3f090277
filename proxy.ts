import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { sessionCookieName, isSecureDeployment } from '@/lib/auth/session-policy';
import { publicSiteProxy } from '@/lib/site-proxy';

// Admin: convenience only, sends visitors without a (signature-valid, unexpired) session cookie
// to the sign-in page; every admin page, server action and DAL call checks the user again.
// Public content addresses: real 404s and old-slug redirects (lib/site-proxy).
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (pathname === '/quan-tri' || pathname.startsWith('/quan-tri/')) {
    const token = await getToken({
      req: request,
      secret: process.env.NEXTAUTH_SECRET,
      cookieName: sessionCookieName(),
      secureCookie: isSecureDeployment(),
    }).catch(() => null);
    if (token) return NextResponse.next();
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
    '/tin-tuc/:slug',
    '/tin-tuc/danh-muc/:slug',
    '/thu-vien-video/:slug',
    '/van-ban/:id',
    '/cum-cong-nghiep/:slug',
    '/du-an/:slug',
    '/en/:slug',
    '/((?!_next|api|media|quan-tri|dang-nhap)[^/.]+)',
  ],
};
