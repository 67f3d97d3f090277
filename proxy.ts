import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { sessionCookieName, isSecureDeployment } from '@/lib/auth/session-policy';

// Convenience only: sends visitors without a (signature-valid, unexpired) session cookie from
// the admin to the sign-in page. Every admin page, server action and DAL call checks the user
// again against the database; nothing relies on this.
export async function proxy(request: NextRequest) {
  const token = await getToken({
    req: request,
    secret: process.env.NEXTAUTH_SECRET,
    cookieName: sessionCookieName(),
    secureCookie: isSecureDeployment(),
  }).catch(() => null);
  if (token) return NextResponse.next();
  const signIn = new URL('/dang-nhap', request.url);
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/quan-tri', '/quan-tri/:path*'],
};
