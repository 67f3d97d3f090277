import 'server-only';
import { cookies } from 'next/headers';
import { isSecureDeployment, sessionCookieName } from './session-policy';

/** Expires the session cookie with the attributes it was set with (a __Secure- cookie needs `secure`). */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(sessionCookieName(), '', { maxAge: 0, path: '/', httpOnly: true, sameSite: 'lax', secure: isSecureDeployment() });
}
