import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { createTestUser } from '@/test/act-as';
import { ACCOUNT_LOCK_MS, IP_FREE_FAILURES, IP_MAX_DELAY_MS, addressDelayMs, attemptSignIn, authenticate } from './sign-in';

let ipCounter = 0;
let ip: string;
beforeEach(() => {
  // A fresh address per test so per-IP throttling from one test doesn't leak into the next.
  ipCounter += 1;
  ip = `10.0.0.${ipCounter}`;
});

describe('authenticate', () => {
  it('signs in with the right password (email case and spaces ignored) and audits it', async () => {
    const user = await createTestUser('EDITOR');
    const result = await authenticate({ email: `  ${user.email.toUpperCase()} `, password: user.password, ip });
    expect(result).toMatchObject({ id: user.id, email: user.email, role: 'EDITOR', sessionVersion: 1 });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.signIn', actorId: user.id } });
    expect(audit).toMatchObject({ actorEmail: user.email, ip });
    expect(JSON.stringify(audit.summary)).not.toContain(user.password);
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastSignInAt).not.toBeNull();
  });

  it('refuses a wrong password, records the attempt and the audit entry', async () => {
    const user = await createTestUser('AUTHOR');
    expect(await authenticate({ email: user.email, password: 'sai-mat-khau-123', ip })).toBeNull();
    expect(await prisma.signInAttempt.count({ where: { ip, success: false, email: user.email } })).toBe(1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.signInFailed', actorId: user.id } });
    expect(audit).toMatchObject({ actorEmail: user.email, ip, summary: { reason: 'wrong-password' } });
    expect(JSON.stringify(audit)).not.toContain('sai-mat-khau-123');
  });

  it('refuses an unknown email the same way, audited with the email but no actor', async () => {
    expect(await authenticate({ email: 'khong-ton-tai@test.local', password: 'mot-mat-khau-dai', ip })).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.signInFailed', actorEmail: 'khong-ton-tai@test.local' } });
    expect(audit).toMatchObject({ actorId: null, summary: { reason: 'unknown-email' } });
  });

  it('refuses passwords outside 10–128 characters without looking further', async () => {
    const user = await createTestUser('AUTHOR');
    expect(await authenticate({ email: user.email, password: 'ngan', ip })).toBeNull();
    expect(await authenticate({ email: user.email, password: 'x'.repeat(129), ip })).toBeNull();
  });

  it('refuses a disabled user even with the right password', async () => {
    const user = await createTestUser('ADMIN', { disabled: true });
    expect(await authenticate({ email: user.email, password: user.password, ip })).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.signInFailed', actorId: user.id } });
    expect(audit.summary).toEqual({ reason: 'disabled' });
  });

  it('locks the account after 5 failures in 15 minutes, even for the right password, until the lock expires', async () => {
    const user = await createTestUser('EDITOR');
    const start = new Date('2026-11-26T01:00:00Z');
    for (let i = 0; i < 5; i += 1) {
      expect(await authenticate({ email: user.email, password: `sai-mat-khau-${i}`, ip: `${ip}${i}` }, new Date(start.getTime() + i * 1000))).toBeNull();
    }
    const locked = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil?.getTime()).toBe(start.getTime() + 4000 + ACCOUNT_LOCK_MS);

    // The 6th attempt, with the right password, from yet another IP: still refused.
    const during = new Date(start.getTime() + 10 * 60_000);
    expect(await authenticate({ email: user.email, password: user.password, ip: `${ip}9` }, during)).toBeNull();
    expect(await prisma.auditLog.count({ where: { actorId: user.id, summary: { equals: { reason: 'locked' } } } })).toBe(1);

    const after = new Date(start.getTime() + 4000 + ACCOUNT_LOCK_MS + 1000);
    expect(await authenticate({ email: user.email, password: user.password, ip: `${ip}9` }, after)).toMatchObject({ id: user.id });
    const unlocked = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unlocked).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  it('does not lock when the failures are spread over more than 15 minutes', async () => {
    const user = await createTestUser('EDITOR');
    const start = new Date('2026-11-26T02:00:00Z');
    for (let i = 0; i < 5; i += 1) {
      await authenticate({ email: user.email, password: `sai-mat-khau-${i}`, ip }, new Date(start.getTime() + i * 16 * 60_000));
    }
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil).toBeNull();
    expect(await authenticate({ email: user.email, password: user.password, ip: `${ip}1` }, new Date(start.getTime() + 5 * 16 * 60_000))).not.toBeNull();
  });

  it('slows one IP across accounts after 10 failures in 15 minutes: refused (even the right password) until its wait is over', async () => {
    const victim = await createTestUser('ADMIN');
    const now = new Date('2026-11-26T03:00:00Z');
    for (let i = 0; i < IP_FREE_FAILURES; i += 1) {
      await authenticate({ email: `ai-do-${i}@test.local`, password: 'mot-mat-khau-dai', ip }, now);
    }
    // Right password, untouched account, but from the throttled IP, at once: refused and told
    // how long to wait, before the password is even looked at.
    expect(await attemptSignIn({ email: victim.email, password: victim.password, ip }, now)).toEqual({ user: null, retryAfterSeconds: 2 });
    expect(await prisma.auditLog.count({ where: { actorId: victim.id, summary: { equals: { reason: 'ip-throttled' } } } })).toBe(1);
    // Another IP is not affected, and the same IP is fine once the window has passed.
    expect(await authenticate({ email: victim.email, password: victim.password, ip: `${ip}1` }, now)).not.toBeNull();
    expect(await authenticate({ email: victim.email, password: victim.password, ip }, new Date(now.getTime() + 16 * 60_000))).not.toBeNull();
  });

  // Issue 13 item 9: one office behind one NAT. Before, 20 failures from the address locked
  // every account out of it for 15 minutes, without saying so.
  it('lets a right password from a known account in after the wait, however many failures others made from the address', async () => {
    const colleague = await createTestUser('EDITOR');
    const start = new Date('2026-11-26T04:00:00Z').getTime();
    let clock = start;
    // Someone at the same address keeps guessing, as fast as the throttle lets them.
    for (let i = 0; i < 40; i += 1) {
      const outcome = await attemptSignIn({ email: `doan-${i}@test.local`, password: 'mot-mat-khau-dai', ip }, new Date(clock));
      clock += outcome.retryAfterSeconds ? outcome.retryAfterSeconds * 1000 : 100;
    }
    const failures = await prisma.signInAttempt.count({ where: { ip, success: false } });
    // The guesser's guesses were spaced out (waits of 2, 4, 8, 16, 32 s, then a minute each)…
    expect(failures).toBeLessThanOrEqual(IP_FREE_FAILURES + 5 + Math.ceil((clock - start) / IP_MAX_DELAY_MS));
    expect(addressDelayMs(failures)).toBe(IP_MAX_DELAY_MS);
    // …and the colleague, asking after the wait, gets in.
    expect(await authenticate({ email: colleague.email, password: colleague.password, ip }, new Date(clock + IP_MAX_DELAY_MS))).toMatchObject({
      id: colleague.id,
    });
  });

  it('lets a browser that signed in to the account before skip the per-address wait (not the account lock)', async () => {
    const colleague = await createTestUser('EDITOR');
    const now = new Date('2026-11-26T05:00:00Z');
    for (let i = 0; i < IP_FREE_FAILURES + 1; i += 1) await authenticate({ email: `ai-do-${i}@test.local`, password: 'mot-mat-khau-dai', ip }, now);
    expect(await authenticate({ email: colleague.email, password: colleague.password, ip }, now)).toBeNull();
    expect(await authenticate({ email: colleague.email, password: colleague.password, ip, knownDevice: true }, now)).toMatchObject({ id: colleague.id });
    for (let i = 0; i < 5; i += 1) await authenticate({ email: colleague.email, password: `sai-mat-khau-${i}`, ip: `${ip}2`, knownDevice: true }, now);
    expect(await authenticate({ email: colleague.email, password: colleague.password, ip, knownDevice: true }, now)).toBeNull();
  });

  it('checks parallel attempts from one address one at a time, so a burst cannot share one free slot', async () => {
    const now = new Date('2026-11-26T06:00:00Z');
    for (let i = 0; i < IP_FREE_FAILURES; i += 1)
      await authenticate({ email: `ai-do-${i}@test.local`, password: 'mot-mat-khau-dai', ip }, new Date(now.getTime() - 10_000));
    // The wait after the 10th failure is 2 s and it is over: exactly one of 20 parallel guesses is checked.
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attemptSignIn({ email: `song-song-${i}@test.local`, password: 'mot-mat-khau-dai', ip }, now)),
    );
    expect(outcomes.filter((outcome) => outcome.retryAfterSeconds === undefined)).toHaveLength(1);
  });
});
