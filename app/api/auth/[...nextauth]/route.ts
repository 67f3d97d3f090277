import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { badRequest, hasValidPercentEncoding, methodNotAllowed, notFound } from '@/lib/http/bad-request';
import { crossOriginResponse, isSameOriginRequest, isStateChanging } from '@/lib/http/request-origin';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints, reached only with what they can handle: next-auth answers 500 to a
// GET of the credentials callback, to an address it can't decode and to an `error` value that
// can't go into a Location header (U+2028); those get a short 4xx here instead.
const ACTIONS = new Set(['providers', 'session', 'csrf', 'signin', 'signout', 'callback', 'error', '_log']);
const ERROR_CODE = /^[A-Za-z0-9]{1,40}$/;

async function guarded(request: NextRequest, context: Context): Promise<Response> {
  const rest = request.nextUrl.pathname.replace(/^\/api\/auth\/?/, '');
  if (!hasValidPercentEncoding(rest)) return badRequest();
  const [action, provider] = rest.split('/').map((segment) => decodeURIComponent(segment));
  if (!action || !ACTIONS.has(action)) return notFound();
  if (isStateChanging(request.method) && !isSameOriginRequest(request.headers)) return crossOriginResponse();
  if (action === 'callback' && provider === 'credentials' && request.method !== 'POST') return methodNotAllowed('POST');
  if (action === 'error') {
    // Our error page is the sign-in page; only next-auth's own error codes travel there.
    const code = request.nextUrl.searchParams.get('error') ?? '';
    const target = new URL('/dang-nhap', process.env.NEXTAUTH_URL ?? request.nextUrl.origin);
    target.searchParams.set('error', ERROR_CODE.test(code) ? code : 'Default');
    return Response.redirect(target, 302);
  }
  return handler(request, context);
}

export { guarded as GET, guarded as POST };
