import { createHmac, timingSafeEqual } from 'node:crypto';

// Lets processes outside the app (a restore, a maintenance script, the end-to-end fixtures) that
// wrote to the database directly tell the running server which cached content is now stale.
// Derived from the auth secret, so only whoever holds that secret can call it.

export function cacheInvalidationToken(secret: string | undefined = process.env.NEXTAUTH_SECRET): string | null {
  return secret ? createHmac('sha256', secret).update('ccn-cache-invalidate-v1').digest('hex') : null;
}

export function isCacheInvalidationToken(candidate: string | null): boolean {
  const expected = cacheInvalidationToken();
  if (!expected || !candidate || candidate.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(candidate), Buffer.from(expected));
}
