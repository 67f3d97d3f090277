import { createHmac, timingSafeEqual } from 'node:crypto';

// A browser that has signed in to an account before gets a cookie naming that account (an HMAC
// of the email under NEXTAUTH_SECRET, nothing readable): sign-ins for that account from that
// browser skip the per-address slow-down (lib/data/staff/sign-in.ts), so colleagues behind one
// office NAT are not held up by someone else's failures. The account lockout still applies.
// (OWASP "Slow down online guessing attacks with device cookies".)

export const KNOWN_DEVICE_COOKIE = 'ccn-thiet-bi-quen';
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
const MAX_ACCOUNTS = 5;

function tokenFor(email: string, secret: string): string {
  return createHmac('sha256', secret).update(`known-device:${email.trim().toLowerCase()}`).digest('base64url').slice(0, 32);
}

function tokensIn(cookieValue: string | undefined): string[] {
  return (cookieValue ?? '')
    .split('.')
    .filter((token) => /^[\w-]{32}$/.test(token))
    .slice(0, MAX_ACCOUNTS);
}

export function isKnownDevice(cookieValue: string | undefined, email: string, secret = process.env.NEXTAUTH_SECRET): boolean {
  if (!secret) return false;
  const expected = Buffer.from(tokenFor(email, secret));
  return tokensIn(cookieValue).some((token) => timingSafeEqual(Buffer.from(token), expected));
}

/** The cookie value after a successful sign-in: this account first, up to five accounts. */
export function rememberDevice(cookieValue: string | undefined, email: string, secret = process.env.NEXTAUTH_SECRET): string | null {
  if (!secret) return null;
  const token = tokenFor(email, secret);
  return [token, ...tokensIn(cookieValue).filter((existing) => existing !== token)].slice(0, MAX_ACCOUNTS).join('.');
}

/** One cookie value out of a Cookie header. */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
