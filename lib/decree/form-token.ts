import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

// When a public form was rendered, signed so a bot can't claim it waited: a submission faster
// than MIN_FILL_MS after rendering (or with a forged/ancient token) is treated as a bot.

export const MIN_FILL_MS = 3_000;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function secret(): string {
  return process.env.NEXTAUTH_SECRET || 'ccn-development-form-secret';
}

function sign(issuedAt: number): string {
  return createHmac('sha256', secret()).update(`contact-form:${issuedAt}`).digest('base64url');
}

export function issueFormToken(now = Date.now()): string {
  return `${now}.${sign(now)}`;
}

export type FormTokenCheck = 'ok' | 'too-fast' | 'invalid';

export function checkFormToken(token: unknown, now = Date.now()): FormTokenCheck {
  if (typeof token !== 'string') return 'invalid';
  const [issued, signature] = token.split('.');
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt) || !signature) return 'invalid';
  const expected = Buffer.from(sign(issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issuedAt > MAX_AGE_MS) return 'invalid';
  return now - issuedAt < MIN_FILL_MS ? 'too-fast' : 'ok';
}
