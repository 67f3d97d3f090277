import { NextResponse, type NextRequest } from 'next/server';
import { resolvePublicPath } from '@/lib/data/public-routes';
import { redirectTarget } from '@/lib/data/redirects';
import { isLegacyWordpressPath, redirectKey } from '@/lib/routes/redirect-paths';

// The public portal's part of proxy.ts: true 404 statuses for missing articles, categories,
// videos and pages, and 308 redirects from an article's old slugs (see lib/data/public-routes.ts)
// and from the redirect table (imports from WordPress, the admin's "Chuyển hướng"). The table is
// asked only for addresses that exist nowhere else, so existing pages pay nothing for it.

/** Matches no route, so Next renders app/global-not-found.tsx with status 404. */
const NOT_FOUND_PATH = '/khong-tim-thay/404';

export function isPublicContentPath(pathname: string): boolean {
  return /^\/(?:tin-tuc\/(?:danh-muc\/)?[^/]+|(?:thu-vien-video|van-ban|cum-cong-nghiep|du-an|hoi-dap|en)\/[^/]+|[^/]+)\/?$/.test(pathname);
}

/** A 308 to where the redirect table says this address moved, or null. */
async function movedAddress(request: NextRequest, keepQuery: boolean): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  const key = redirectKey(pathname, search);
  const target = key ? await redirectTarget(key) : null;
  if (!target) return null;
  const url = new URL(target, request.url);
  if (keepQuery && target.startsWith('/') && !url.search) url.search = search;
  return NextResponse.redirect(url, 308);
}

export async function publicSiteProxy(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, search } = request.nextUrl;
  // Addresses only WordPress had (/?p=12, /2023/05/tin/, /category/x/, /tag/x/): moved or missing.
  if (isLegacyWordpressPath(pathname, search)) {
    try {
      return (await movedAddress(request, false)) ?? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
    } catch {
      return undefined;
    }
  }
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
  if (resolution.kind === 'not-found') {
    const moved = await movedAddress(request, true).catch(() => null);
    return moved ?? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  return undefined;
}
