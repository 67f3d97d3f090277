import { createHmac, timingSafeEqual } from 'node:crypto';

// The in-process scheduler calls its own route handler (only a request context can invalidate
// cache tags); this token, derived from the auth secret, keeps that endpoint for the scheduler.

export function schedulerToken(): string | null {
  const secret = process.env.NEXTAUTH_SECRET;
  return secret ? createHmac('sha256', secret).update('ccn-scheduler-v1').digest('hex') : null;
}

export function isSchedulerToken(candidate: string | null): boolean {
  const expected = schedulerToken();
  if (!expected || !candidate || candidate.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(candidate), Buffer.from(expected));
}
