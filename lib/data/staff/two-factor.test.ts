import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { totpCode } from '@/lib/auth/two-factor';
import { createTestUser, type TestUser } from '@/test/act-as';
import { ACCOUNT_MAX_FAILURES, attemptSignIn } from './sign-in';
import {
  confirmEnrolment,
  disableOwnSecondFactor,
  getTwoFactorPolicy,
  resetSecondFactor,
  saveTwoFactorPolicy,
  startEnrolment,
  twoFactorEnrolmentDue,
  twoFactorStatus,
  verifySecondFactor,
} from './two-factor';

process.env.NEXTAUTH_SECRET ??= 'bi-mat-thu-nghiem-cho-vitest-0123456789';

let now = Date.UTC(2026, 11, 6, 8, 0, 15);
let ipCounter = 0;
let ip = '';
beforeEach(() => {
  // Each test a minute later, so time-steps never collide across tests; a fresh address each.
  now += 3_600_000;
  ipCounter += 1;
  ip = `10.17.0.${ipCounter}`;
});

async function enrolled(role: 'ADMIN' | 'EDITOR' | 'AUTHOR' = 'EDITOR'): Promise<{ user: TestUser; secret: string; recoveryCodes: string[] }> {
  const user = await createTestUser(role);
  expect(await startEnrolment(user.id)).toBe('ok');
  const secret = (await twoFactorStatus(user)).pendingSecret!;
  const result = await confirmEnrolment(user, totpCode(secret, now), new Date(now));
  if (!result.ok) throw new Error('enrolment failed');
  return { user, secret, recoveryCodes: result.recoveryCodes };
}

describe('enrolment', () => {
  it('keeps the secret encrypted, shows it only while pending, and issues ten hashed recovery codes', async () => {
    const { user, secret, recoveryCodes } = await enrolled();
    const row = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpSecret: true, totpPendingSecret: true, totpEnabledAt: true, totpLastStep: true },
    });
    expect(row.totpSecret).toBeTruthy();
    expect(row.totpSecret).not.toContain(secret);
    expect(row.totpPendingSecret).toBeNull();
    expect(row.totpLastStep).toBe(Math.floor(now / 30_000));
    const status = await twoFactorStatus(user);
    expect(status).toMatchObject({ enabled: true, pendingSecret: null, unusedRecoveryCodes: 10 });
    const stored = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));
    expect(await prisma.auditLog.count({ where: { action: 'account.twoFactorEnable', entityId: user.id } })).toBe(1);
    // Enrolled: no restart (the secret can't be replaced without the code).
    expect(await startEnrolment(user.id)).toBe('already-enabled');
  });

  it('a wrong code changes nothing', async () => {
    const user = await createTestUser('EDITOR');
    await startEnrolment(user.id);
    const before = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpPendingSecret: true } });
    expect(await confirmEnrolment(user, '000000', new Date(now))).toEqual({ ok: false, reason: 'wrong-code' });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpPendingSecret: true, totpEnabledAt: true } });
    expect(after).toEqual({ totpPendingSecret: before.totpPendingSecret, totpEnabledAt: null });
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await confirmEnrolment(await createTestUser('EDITOR'), '123456', new Date(now))).toEqual({ ok: false, reason: 'no-enrolment' });
  });
});

describe('verifySecondFactor', () => {
  it('accepts a code once; the next step’s code works, an older one does not', async () => {
    const { user, secret } = await enrolled();
    const later = now + 30_000;
    expect(await verifySecondFactor(user.id, totpCode(secret, later), new Date(later))).toBe('totp');
    expect(await verifySecondFactor(user.id, totpCode(secret, later), new Date(later))).toBe('wrong');
    expect(await verifySecondFactor(user.id, totpCode(secret, now), new Date(later))).toBe('wrong');
    expect(await verifySecondFactor(user.id, totpCode(secret, later + 30_000), new Date(later))).toBe('totp');
  });

  it('honours a small clock window only', async () => {
    const { user, secret } = await enrolled();
    const at = now + 10 * 30_000;
    expect(await verifySecondFactor(user.id, totpCode(secret, at - 90_000), new Date(at))).toBe('wrong');
    expect(await verifySecondFactor(user.id, totpCode(secret, at - 30_000), new Date(at))).toBe('totp');
    expect(await verifySecondFactor(user.id, totpCode(secret, at + 90_000), new Date(at))).toBe('wrong');
  });

  it('two requests racing with the same code: only one wins', async () => {
    const { user, secret } = await enrolled();
    const at = now + 30_000;
    const code = totpCode(secret, at);
    const results = await Promise.all([verifySecondFactor(user.id, code, new Date(at)), verifySecondFactor(user.id, code, new Date(at))]);
    expect(results.sort()).toEqual(['totp', 'wrong']);
  });

  it('accepts each recovery code once, in any case and spacing', async () => {
    const { user, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3]!;
    expect(await verifySecondFactor(user.id, ` ${code.toUpperCase()} `, new Date(now))).toBe('recovery-code');
    expect(await verifySecondFactor(user.id, code, new Date(now))).toBe('wrong');
    expect((await twoFactorStatus(user)).unusedRecoveryCodes).toBe(9);
    expect(await verifySecondFactor(user.id, 'aaaaa-bbbbb', new Date(now))).toBe('wrong');
  });
});

describe('sign-in with a second factor', () => {
  it('a right password alone asks for the code and records nothing; password + code signs in', async () => {
    const { user, secret } = await enrolled();
    await prisma.user.update({ where: { id: user.id }, data: { failedSignIns: 2, lastFailedAt: new Date(now - 60_000) } });
    const first = await attemptSignIn({ email: user.email, password: user.password, ip }, new Date(now));
    expect(first).toEqual({ user: null, secondFactorRequired: true });
    expect(await prisma.signInAttempt.count({ where: { email: user.email } })).toBe(0);
    // Knowing the password must not wipe the failures counted against the code.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedSignIns).toBe(2);

    const at = now + 30_000;
    const second = await attemptSignIn({ email: user.email, password: user.password, code: totpCode(secret, at), ip }, new Date(at));
    expect(second.user).toMatchObject({ id: user.id });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.signIn', actorId: user.id } });
    expect(audit.summary).toEqual({ secondFactor: 'totp' });
    // The same code again (a replay) is refused.
    expect((await attemptSignIn({ email: user.email, password: user.password, code: totpCode(secret, at), ip }, new Date(at))).user).toBeNull();
  });

  it('a code with a wrong password is refused before the code is looked at', async () => {
    const { user, secret } = await enrolled();
    const at = now + 30_000;
    expect((await attemptSignIn({ email: user.email, password: 'sai-mat-khau-123', code: totpCode(secret, at), ip }, new Date(at))).user).toBeNull();
    // The code was not spent.
    expect(await verifySecondFactor(user.id, totpCode(secret, at), new Date(at))).toBe('totp');
  });

  it('wrong codes count toward the account lockout like wrong passwords', async () => {
    const { user, secret } = await enrolled();
    for (let attempt = 0; attempt < ACCOUNT_MAX_FAILURES; attempt += 1) {
      expect((await attemptSignIn({ email: user.email, password: user.password, code: '000000', ip }, new Date(now))).user).toBeNull();
    }
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(now);
    expect(await prisma.auditLog.count({ where: { action: 'auth.signInFailed', actorId: user.id, summary: { equals: { reason: 'wrong-code' } } } })).toBe(
      ACCOUNT_MAX_FAILURES,
    );
    // Locked: even the right code is refused now.
    const at = now + 30_000;
    expect((await attemptSignIn({ email: user.email, password: user.password, code: totpCode(secret, at), ip }, new Date(at))).user).toBeNull();
  });

  it('a recovery code signs in once', async () => {
    const { user, recoveryCodes } = await enrolled();
    const code = recoveryCodes[0]!;
    expect((await attemptSignIn({ email: user.email, password: user.password, code, ip }, new Date(now))).user).toMatchObject({ id: user.id });
    expect((await attemptSignIn({ email: user.email, password: user.password, code, ip }, new Date(now))).user).toBeNull();
  });
});

describe('policy, disabling and admin reset', () => {
  it('mandatory for a role: enrolment becomes due for its members without a second factor', async () => {
    const admin = await createTestUser('ADMIN');
    const editor = await createTestUser('EDITOR');
    const { user: enrolledAdmin } = await enrolled('ADMIN');
    await saveTwoFactorPolicy('ADMIN', { ...admin, role: 'ADMIN' });
    expect(await getTwoFactorPolicy()).toBe('ADMIN');
    expect(await twoFactorEnrolmentDue(admin)).toBe(true);
    expect(await twoFactorEnrolmentDue(enrolledAdmin)).toBe(false);
    expect(await twoFactorEnrolmentDue(editor)).toBe(false);
    await saveTwoFactorPolicy('ADMIN_EDITOR', admin);
    expect(await twoFactorEnrolmentDue(editor)).toBe(true);
    expect(await prisma.auditLog.count({ where: { action: 'settings.twoFactorPolicy' } })).toBe(2);
    await saveTwoFactorPolicy('none', admin);
    expect(await twoFactorEnrolmentDue(admin)).toBe(false);
  });

  it('a user turns it off with a code unless the role requires it', async () => {
    const { user, secret } = await enrolled('AUTHOR');
    expect(await disableOwnSecondFactor(user, '000000', new Date(now))).toBe('wrong-code');
    expect((await twoFactorStatus(user)).enabled).toBe(true);
    const at = now + 30_000;
    expect(await disableOwnSecondFactor(user, totpCode(secret, at), new Date(at))).toBe('ok');
    expect(await twoFactorStatus(user)).toMatchObject({ enabled: false, unusedRecoveryCodes: 0 });

    const { user: admin, secret: adminSecret } = await enrolled('ADMIN');
    await saveTwoFactorPolicy('ADMIN', admin);
    try {
      expect(await disableOwnSecondFactor(admin, totpCode(adminSecret, at), new Date(at))).toBe('required');
      expect((await twoFactorStatus(admin)).enabled).toBe(true);
    } finally {
      await saveTwoFactorPolicy('none', admin);
    }
  });

  it('an admin reset removes the factor and codes, ends the sessions and is audited', async () => {
    const { user } = await enrolled();
    const admin = await createTestUser('ADMIN');
    expect(await resetSecondFactor(user.id, admin)).toBe('ok');
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true, sessionVersion: true } });
    expect(row).toEqual({ totpSecret: null, totpEnabledAt: null, sessionVersion: 2 });
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.auditLog.findFirstOrThrow({ where: { action: 'user.resetTwoFactor', entityId: user.id } })).toMatchObject({ actorId: admin.id });
    // Password alone works again.
    expect((await attemptSignIn({ email: user.email, password: user.password, ip }, new Date(now))).user).toMatchObject({ id: user.id });
    expect(await resetSecondFactor('00000000-0000-4000-8000-000000000000', admin)).toBe('not-found');
  });
});
