import 'server-only';
import { prisma } from '@/lib/db';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/permissions';
import { recordAudit } from './audit';

// Credentials check with brute-force protection. Every failure looks the same to the caller
// (one generic message, the same hashing cost); the reason goes to the audit log only.

export { SIGN_IN_FAILED_MESSAGE } from '@/lib/auth/messages';

export const ACCOUNT_MAX_FAILURES = 5;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_LOCK_MS = 15 * 60_000;
export const IP_MAX_FAILURES = 20;
export const IP_WINDOW_MS = 15 * 60_000;

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
}

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

type FailureReason = 'invalid-input' | 'ip-throttled' | 'unknown-email' | 'locked' | 'wrong-password' | 'disabled';

export async function authenticate(input: SignInInput, now: Date = new Date()): Promise<AuthenticatedUser | null> {
  const email = input.email.trim().toLowerCase().slice(0, 254);
  const { password, ip } = input;
  if (!email || password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    // Such a password can never have been stored; hash anyway so the answer takes the usual time.
    await verifyPassword(null, password.slice(0, PASSWORD_MAX_LENGTH));
    return fail(email, ip, 'invalid-input', null, now);
  }

  const ipFailures = await prisma.signInAttempt.count({
    where: { ip, success: false, createdAt: { gt: new Date(now.getTime() - IP_WINDOW_MS) } },
  });
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, lockedUntil: true, passwordHash: true },
  });
  // Always verify (a dummy hash for an unknown email) so timing reveals nothing.
  const passwordOk = await verifyPassword(user?.passwordHash, password);

  if (ipFailures >= IP_MAX_FAILURES) return fail(email, ip, 'ip-throttled', user?.id ?? null, now);
  if (!user) return fail(email, ip, 'unknown-email', null, now);
  if (user.lockedUntil && user.lockedUntil > now) return fail(email, ip, 'locked', user.id, now);
  if (!passwordOk) {
    await countAccountFailure(user.id, now);
    return fail(email, ip, 'wrong-password', user.id, now);
  }
  if (user.disabled) return fail(email, ip, 'disabled', user.id, now);

  await prisma.user.update({
    where: { id: user.id },
    data: { failedSignIns: 0, lastFailedAt: null, lockedUntil: null, lastSignInAt: now },
  });
  await prisma.signInAttempt.create({ data: { ip, email, success: true, createdAt: now } });
  await recordAudit({ actor: { id: user.id, email: user.email }, action: 'auth.signIn', entityType: 'User', entityId: user.id, ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

// One statement, so concurrent wrong guesses can't race past the limit: failures older than the
// window start a new count; the 5th failure inside the window locks the account.
async function countAccountFailure(userId: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - ACCOUNT_WINDOW_MS);
  const lockUntil = new Date(now.getTime() + ACCOUNT_LOCK_MS);
  await prisma.$executeRaw`
    UPDATE users SET
      failed_sign_ins = CASE WHEN last_failed_at > ${windowStart} THEN failed_sign_ins + 1 ELSE 1 END,
      locked_until = CASE
        WHEN (CASE WHEN last_failed_at > ${windowStart} THEN failed_sign_ins + 1 ELSE 1 END) >= ${ACCOUNT_MAX_FAILURES}
        THEN ${lockUntil}::timestamptz ELSE locked_until END,
      last_failed_at = ${now}::timestamptz
    WHERE id = ${userId}::uuid`;
}

async function fail(email: string, ip: string, reason: FailureReason, userId: string | null, now: Date): Promise<null> {
  await prisma.signInAttempt.create({ data: { ip, email: email || '(trống)', success: false, createdAt: now } });
  await recordAudit({
    actor: { id: userId, email: email || '(trống)' },
    action: 'auth.signInFailed',
    entityType: 'User',
    entityId: userId,
    summary: { reason },
    ip,
  });
  return null;
}
