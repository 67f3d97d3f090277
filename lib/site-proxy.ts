import { NextResponse, type NextRequest } from 'next/server';
import { resolvePublicPath } from '@/lib/data/public-routes';

// The public portal's part of proxy.ts: true 404 statuses for missing articles, categories,
// videos and pages, and 308 redirects from an article's old slugs (see lib/data/public-routes.ts).

/** Matches no route, so Next renders app/global-not-found.tsx with status 404. */
const NOT_FOUND_PATH = '/khong-tim-thay/404';

export function isPublicContentPath(pathname: string): boolean {
  return /^\/(?:tin-tuc\/(?:danh-muc\/)?[^/]+|(?:thu-vien-video|van-ban|cum-cong-nghiep|du-an|hoi-dap|en)\/[^/]+|[^/]+)\/?$/.test(pathname);
}

export async function publicSiteProxy(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname } = request.nextUrl;
  if (!isPublicContentPath(pathname)) return undefined;
  let resolution;
  try {
    resolution = await resolvePublicPath(pathname);
  } catch {
    // The database is unreachable: let the page render (and show its own error state).
    return undefined;
  }
  if (resolution.kind === 'redirect') {
    const target = new URL(resolution.location, request.url);
    target.search = request.nextUrl.search;
    return NextResponse.redirect(target, 308);
  }
  if (resolution.kind === 'not-found') return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  return undefined;
}
