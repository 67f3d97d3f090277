import 'server-only';
import { prisma } from '@/lib/db';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import {
  TWO_FACTOR_POLICIES,
  acceptedTotpStep,
  decryptTotpSecret,
  encryptTotpSecret,
  generateRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  normalizeTotpCode,
  twoFactorRequiredFor,
  type TwoFactorPolicy,
} from '@/lib/auth/two-factor';
import { recordAudit } from './audit';

// Two-factor sign-in, stored: the encrypted TOTP secret on the user row, the last accepted
// time-step (a code works once, even when two requests race: the step moves forward in one
// conditional UPDATE), and ten argon2-hashed recovery codes, each marked used in one
// conditional UPDATE as well.

const POLICY_KEY = 'twoFactor.requiredRoles';
const POLICY_TTL_MS = 10_000;
let policyMemo: { value: TwoFactorPolicy; at: number } | null = null;

/** Which roles must use a second factor (read at most every 10 s per instance: the proxy asks on each admin request). */
export async function getTwoFactorPolicy(now = Date.now()): Promise<TwoFactorPolicy> {
  if (policyMemo && now - policyMemo.at < POLICY_TTL_MS) return policyMemo.value;
  const row = await prisma.siteSetting.findUnique({ where: { key: POLICY_KEY }, select: { value: true } });
  const value = TWO_FACTOR_POLICIES.find((policy) => policy === row?.value) ?? 'none';
  policyMemo = { value, at: now };
  return value;
}

export async function saveTwoFactorPolicy(policy: TwoFactorPolicy, actor: SessionUser): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.siteSetting.findUnique({ where: { key: POLICY_KEY }, select: { value: true } });
    await tx.siteSetting.upsert({ where: { key: POLICY_KEY }, create: { key: POLICY_KEY, value: policy }, update: { value: policy } });
    await recordAudit({ actor, action: 'settings.twoFactorPolicy', entityType: 'SiteSetting', summary: { from: before?.value ?? 'none', to: policy } }, tx);
  });
  policyMemo = null;
}

/** True when the user's role must use a second factor and they have not enrolled yet. */
export async function twoFactorEnrolmentDue(user: { id: string; role: Role }): Promise<boolean> {
  if (!twoFactorRequiredFor(user.role, await getTwoFactorPolicy())) return false;
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true } });
  return row !== null && row.totpEnabledAt === null;
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  required: boolean;
  unusedRecoveryCodes: number;
  /** During enrolment only: the secret to show (QR and text). Never once enrolment is done. */
  pendingSecret: string | null;
}

export async function twoFactorStatus(user: { id: string; role: Role }): Promise<TwoFactorStatus> {
  const row = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpEnabledAt: true, totpPendingSecret: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  const enabled = row.totpEnabledAt !== null;
  return {
    enabled,
    enabledAt: row.totpEnabledAt,
    required: twoFactorRequiredFor(user.role, await getTwoFactorPolicy()),
    unusedRecoveryCodes: row._count.recoveryCodes,
    pendingSecret: !enabled && row.totpPendingSecret ? decryptTotpSecret(row.totpPendingSecret) : null,
  };
}

/** Starts (or restarts) enrolment with a new secret; refused while a second factor is active. */
export async function startEnrolment(userId: string): Promise<'ok' | 'already-enabled'> {
  const { count } = await prisma.user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpPendingSecret: encryptTotpSecret(newTotpSecret()) },
  });
  return count === 1 ? 'ok' : 'already-enabled';
}

export type ConfirmOutcome = { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'no-enrolment' | 'wrong-code' };

/** Finishes enrolment with a code from the app: the secret becomes active, ten recovery codes are issued. */
export async function confirmEnrolment(user: { id: string; email: string }, code: string, now = new Date()): Promise<ConfirmOutcome> {
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true, totpPendingSecret: true } });
  const secret = row && row.totpEnabledAt === null && row.totpPendingSecret ? decryptTotpSecret(row.totpPendingSecret) : null;
  if (!row?.totpPendingSecret || !secret) return { ok: false, reason: 'no-enrolment' };
  const step = acceptedTotpStep(secret, code, null, now.getTime());
  if (step === null) return { ok: false, reason: 'wrong-code' };
  const recoveryCodes = generateRecoveryCodes();
  const hashes = await Promise.all(recoveryCodes.map((recoveryCode) => hashPassword(normalizeRecoveryCode(recoveryCode)!)));
  const done = await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, totpEnabledAt: null, totpPendingSecret: row.totpPendingSecret },
      data: { totpSecret: row.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    if (count !== 1) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
    await recordAudit({ actor: user, action: 'account.twoFactorEnable', entityType: 'User', entityId: user.id }, tx);
    return true;
  });
  return done ? { ok: true, recoveryCodes } : { ok: false, reason: 'no-enrolment' };
}

export type SecondFactorCheck = 'totp' | 'recovery-code' | 'wrong';

/**
 * Checks a code typed at sign-in: a 6-digit app code (within the window, newer than the last
 * accepted one) or an unused recovery code. A success is recorded before this returns, so the
 * same code can never be accepted twice.
 */
export async function verifySecondFactor(userId: string, code: string, now = new Date()): Promise<SecondFactorCheck> {
  const row = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true, totpEnabledAt: true } });
  if (!row?.totpEnabledAt || !row.totpSecret) return 'wrong';
  if (normalizeTotpCode(code)) {
    const secret = decryptTotpSecret(row.totpSecret);
    const step = secret ? acceptedTotpStep(secret, code, row.totpLastStep, now.getTime()) : null;
    if (step === null) return 'wrong';
    const claimed = await prisma.$executeRaw`
      UPDATE users SET totp_last_step = ${step}
      WHERE id = ${userId}::uuid AND (totp_last_step IS NULL OR totp_last_step < ${step})`;
    return claimed === 1 ? 'totp' : 'wrong';
  }
  const recovery = normalizeRecoveryCode(code);
  if (!recovery) return 'wrong';
  const unused = await prisma.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const candidate of unused) {
    if (await verifyPassword(candidate.codeHash, recovery)) {
      const { count } = await prisma.recoveryCode.updateMany({ where: { id: candidate.id, usedAt: null }, data: { usedAt: now } });
      return count === 1 ? 'recovery-code' : 'wrong';
    }
  }
  return 'wrong';
}

const CLEARED = { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } as const;

/** The user turns their own second factor off with a current code; refused when their role requires one. */
export async function disableOwnSecondFactor(
  user: { id: string; email: string; role: Role },
  code: string,
  now = new Date(),
): Promise<'ok' | 'required' | 'wrong-code'> {
  if (twoFactorRequiredFor(user.role, await getTwoFactorPolicy())) return 'required';
  if ((await verifySecondFactor(user.id, code, now)) === 'wrong') return 'wrong-code';
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: CLEARED });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAudit({ actor: user, action: 'account.twoFactorDisable', entityType: 'User', entityId: user.id }, tx);
  });
  return 'ok';
}

/**
 * An admin removes someone's second factor (lost phone and codes): they sign in with the
 * password alone and, when their role requires one, are led to enrol again. Their sessions end.
 */
export async function resetSecondFactor(userId: string, actor: SessionUser): Promise<'ok' | 'not-found'> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.user.updateManyAndReturn({
      where: { id: userId },
      data: { ...CLEARED, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    if (rows.length === 0) return 'not-found' as const;
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit({ actor, action: 'user.resetTwoFactor', entityType: 'User', entityId: userId, summary: { email: rows[0]!.email } }, tx);
    return 'ok' as const;
  });
}
