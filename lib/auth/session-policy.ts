// Session lifetimes, shared by the next-auth options and the tests.

/** A session ends 8 hours after sign-in, however active it is. */
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60_000;
/** …and after 2 hours without activity (each visit to /api/auth/session re-signs the cookie). */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;

export function isSecureDeployment(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith('https://') === true || (process.env.NODE_ENV === 'production' && process.env.NEXTAUTH_URL === undefined);
}

export function sessionCookieName(): string {
  return isSecureDeployment() ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}
