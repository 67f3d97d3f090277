import 'server-only';
import { prisma } from '@/lib/db';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/permissions';
import { recordAudit } from './audit';
import { verifySecondFactor } from './two-factor';

// Credentials check with brute-force protection. Every failure of a checked password looks the
// same to the caller (one generic message, the same hashing cost); the reason goes to the audit
// log only.
//
// Two limits:
// - per account: 5 wrong passwords in 15 minutes lock the account for 15 minutes;
// - per address: after 10 failures in 15 minutes, each further attempt from that address must
//   wait 2 s, 4 s, 8 s … (at most 60 s) after the address's last failure; sooner attempts are
//   refused without looking at the password and the caller is told how long to wait. After the
//   wait, a right password gets in: an office behind one NAT is slowed down by someone else's
//   failures, never locked out. A browser that signed in to the account before (known-device
//   cookie, lib/auth/known-device.ts) skips this per-address wait altogether.
// Attempts from one address are checked one at a time (per instance), so a burst of parallel
// guesses can't all slip through the same free slot.
//
// Two-factor accounts (issue 17): a right password without a code answers "second factor
// required" and changes nothing (the failure count is not reset: knowing the password must not
// buy fresh guesses at the code); a wrong code counts exactly like a wrong password toward both
// limits. The code is checked here, inside the credentials flow, so no request to the
// credentials endpoint can skip it.

export { SIGN_IN_FAILED_MESSAGE } from '@/lib/auth/messages';

export const ACCOUNT_MAX_FAILURES = 5;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_LOCK_MS = 15 * 60_000;
/** Failures an address may make in the window before its attempts are spaced out. */
export const IP_FREE_FAILURES = 10;
export const IP_WINDOW_MS = 15 * 60_000;
export const IP_BASE_DELAY_MS = 2_000;
export const IP_MAX_DELAY_MS = 60_000;

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  /** This browser signed in to this email before (lib/auth/known-device.ts). */
  knownDevice?: boolean;
  /** The second step: an authenticator code or a recovery code. */
  code?: string;
}

export interface SignInOutcome {
  user: AuthenticatedUser | null;
  /** Set when the address must wait before its next attempt is checked. */
  retryAfterSeconds?: number;
  /** The password was right; the account also needs a code (nothing was recorded). */
  secondFactorRequired?: boolean;
}

/** How long an address with `failures` failures in the window waits after its last one. */
export function addressDelayMs(failures: number): number {
  if (failures < IP_FREE_FAILURES) return 0;
  return Math.min(IP_BASE_DELAY_MS * 2 ** (failures - IP_FREE_FAILURES), IP_MAX_DELAY_MS);
}

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

type FailureReason = 'invalid-input' | 'ip-throttled' | 'unknown-email' | 'locked' | 'wrong-password' | 'disabled' | 'wrong-code';

export async function authenticate(input: SignInInput, now: Date = new Date()): Promise<AuthenticatedUser | null> {
  return (await attemptSignIn(input, now)).user;
}

const addressQueues = new Map<string, Promise<unknown>>();

/** Runs attempts from one address one after the other (in this process). */
function oneAtATime<T>(ip: string, task: () => Promise<T>): Promise<T> {
  const previous = addressQueues.get(ip) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  addressQueues.set(ip, settled);
  void settled.then(() => {
    if (addressQueues.get(ip) === settled) addressQueues.delete(ip);
  });
  return run;
}

export function attemptSignIn(input: SignInInput, now: Date = new Date()): Promise<SignInOutcome> {
  return oneAtATime(input.ip, () => checkSignIn(input, now));
}

async function checkSignIn(input: SignInInput, now: Date): Promise<SignInOutcome> {
  // Control characters (NUL above all: PostgreSQL can't store it) never belong in an email.
  const email = input.email
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .toLowerCase()
    .slice(0, 254);
  const { password, ip } = input;
  if (!email || password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    // Such a password can never have been stored; hash anyway so the answer takes the usual time.
    await verifyPassword(null, password.slice(0, PASSWORD_MAX_LENGTH));
    return { user: await fail(email, ip, 'invalid-input', null, now) };
  }

  if (!input.knownDevice) {
    const recent = await prisma.signInAttempt.aggregate({
      where: { ip, success: false, createdAt: { gt: new Date(now.getTime() - IP_WINDOW_MS) } },
      _count: true,
      _max: { createdAt: true },
    });
    const readyAt = (recent._max.createdAt?.getTime() ?? 0) + addressDelayMs(recent._count);
    if (now.getTime() < readyAt) {
      // Not recorded as an attempt: a flood of refused tries must not push the wait further out
      // for the colleagues behind the same address. Audited, with the account if there is one.
      const known = await prisma.user.findUnique({ where: { email }, select: { id: true } });
      await audit(email, ip, 'ip-throttled', known?.id ?? null);
      return { user: null, retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) };
    }
  }
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, lockedUntil: true, passwordHash: true, totpEnabledAt: true },
  });
  // Always verify (a dummy hash for an unknown email) so timing reveals nothing.
  const passwordOk = await verifyPassword(user?.passwordHash, password);

  if (!user) return { user: await fail(email, ip, 'unknown-email', null, now) };
  if (user.lockedUntil && user.lockedUntil > now) return { user: await fail(email, ip, 'locked', user.id, now) };
  if (!passwordOk) {
    await countAccountFailure(user.id, now);
    return { user: await fail(email, ip, 'wrong-password', user.id, now) };
  }
  if (user.disabled) return { user: await fail(email, ip, 'disabled', user.id, now) };
  let secondFactor: 'totp' | 'recovery-code' | null = null;
  if (user.totpEnabledAt) {
    const code = input.code?.trim() ?? '';
    if (!code) return { user: null, secondFactorRequired: true };
    const check = await verifySecondFactor(user.id, code.slice(0, 64), now);
    if (check === 'wrong') {
      await countAccountFailure(user.id, now);
      return { user: await fail(email, ip, 'wrong-code', user.id, now) };
    }
    secondFactor = check;
  }

  await prisma.user.update({
    where: { id: user.id },
    data: { failedSignIns: 0, lastFailedAt: null, lockedUntil: null, lastSignInAt: now },
  });
  await prisma.signInAttempt.create({ data: { ip, email, success: true, createdAt: now } });
  await recordAudit({
    actor: { id: user.id, email: user.email },
    action: 'auth.signIn',
    entityType: 'User',
    entityId: user.id,
    ...(secondFactor ? { summary: { secondFactor } } : {}),
    ip,
  });
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
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
  return audit(email, ip, reason, userId);
}

async function audit(email: string, ip: string, reason: FailureReason, userId: string | null): Promise<null> {
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
