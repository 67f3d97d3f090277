import { NextResponse, type NextRequest } from 'next/server';
import { publicSiteProxy } from '@/lib/site-proxy';

export async function proxy(request: NextRequest): Promise<NextResponse> {
  return (await publicSiteProxy(request)) ?? NextResponse.next();
}

export const config = {
  // Only public content addresses; files, _next and the admin never reach the lookup.
  matcher: ['/tin-tuc/:slug', '/tin-tuc/danh-muc/:slug', '/thu-vien-video/:slug', '/((?!_next|api|media|quan-tri|dang-nhap)[^/.]+)'],
};
