import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/headers', () => import('@/test/next-headers-stub'));
import { changeOwnPasswordAction } from '@/lib/actions/account';
import { createUserAction, resetUserPasswordAction, setUserDisabledAction } from '@/lib/actions/users';
import { getCurrentUser } from '@/lib/auth/current-user';
import { authenticate, SIGN_IN_FAILED_MESSAGE } from '@/lib/data/staff/sign-in';
import { prisma } from '@/lib/db';
import { actAs, copySession, createTestUser, formData, replaySession, signedInAs } from '@/test/act-as';
import { snapshotDatabase } from '@/test/db-snapshot';

// Authentication hardening (issue 5), on top of lib/data/staff/sign-in.test.ts,
// lib/auth/options.test.ts and lib/auth/current-user.test.ts: the 6th wrong password meets a
// locked account, 50 rapid attempts from one address are throttled, unknown email and wrong
// password look and cost the same, hashes are argon2id m=19456 t=2 p=1, and no password or hash
// reaches logs, audit entries or action results.

let n = 0;
const nextIp = () => `10.9.${Math.floor(++n / 250)}.${n % 250}`;

const logged: string[] = [];
beforeEach(() => {
  logged.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) =>
        void logged.push(
          args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '),
        ),
    );
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('brute force', () => {
  it('the 6th attempt after 5 wrong passwords is refused even with the right password', async () => {
    const user = await createTestUser('EDITOR');
    for (let i = 0; i < 5; i += 1) expect(await authenticate({ email: user.email, password: `sai-mat-khau-${i}00`, ip: nextIp() })).toBeNull();
    expect(await authenticate({ email: user.email, password: user.password, ip: nextIp() })).toBeNull();
  });

  it('50 rapid attempts from one address across 50 accounts: the later ones are throttled, even with right passwords', async () => {
    const ip = nextIp();
    const users = await Promise.all(Array.from({ length: 50 }, () => createTestUser('AUTHOR')));
    const results: boolean[] = [];
    for (const [index, user] of users.entries()) {
      // Mostly wrong passwords, with the right one every 5th try: throttling must not care.
      const password = index % 5 === 4 ? user.password : 'mat-khau-doan-bua-1';
      results.push((await authenticate({ email: user.email, password, ip })) !== null);
    }
    const lateSuccesses = results.slice(25).filter(Boolean).length;
    expect(lateSuccesses).toBe(0);
    // …while another address still gets in.
    expect(await authenticate({ email: users[49]?.email ?? '', password: users[49]?.password ?? '', ip: nextIp() })).not.toBeNull();
  });

  it('answers an unknown email and a wrong password alike, in about the same time', async () => {
    const user = await createTestUser('AUTHOR');
    const time = async (email: string) => {
      const started = performance.now();
      expect(await authenticate({ email, password: 'mat-khau-sai-hoan-toan', ip: nextIp() })).toBeNull();
      return performance.now() - started;
    };
    // Interleaved, several rounds, compared by median with a generous ratio (hashing dominates).
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      known.push(await time(user.email));
      unknown.push(await time(`khong-ton-tai-${i}-${n}@test.local`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
    // One message for every refusal; the sign-in form shows only this.
    expect(SIGN_IN_FAILED_MESSAGE).toBe('Email hoặc mật khẩu không đúng, hoặc tài khoản tạm thời bị khóa.');
  });
});

describe('stored passwords and secrets', () => {
  it('stores argon2id hashes with m=19456, t=2, p=1 for created, reset and changed passwords', async () => {
    const admin = await signedInAs('ADMIN');
    const created = await createUserAction(
      null,
      formData({ name: 'Người mới', email: 'nguoi-moi@test.local', role: 'AUTHOR', password: 'mat-khau-moi-dai-1' }),
    );
    expect(created.ok).toBe(true);
    const target = await prisma.user.findUniqueOrThrow({ where: { email: 'nguoi-moi@test.local' }, select: { id: true, passwordHash: true } });
    const reset = await resetUserPasswordAction(null, formData({ id: target.id, password: '' }));
    expect(reset.ok).toBe(true);
    await actAs(admin);
    // Success sends the user to sign in again.
    await expect(
      changeOwnPasswordAction(
        null,
        formData({ currentPassword: admin.password, newPassword: 'mat-khau-rieng-moi-2', confirmPassword: 'mat-khau-rieng-moi-2' }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    const hashes = await prisma.user.findMany({ select: { passwordHash: true } });
    expect(hashes.length).toBeGreaterThan(1);
    for (const { passwordHash } of hashes) expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('never writes a password, hash or secret into logs, audit entries or action results', async () => {
    const admin = await signedInAs('ADMIN');
    const secrets = ['mat-khau-bi-mat-xyz-1', 'mat-khau-bi-mat-xyz-2', admin.password];
    const results: unknown[] = [];
    results.push(await createUserAction(null, formData({ name: 'Bí mật', email: 'bi-mat@test.local', role: 'EDITOR', password: secrets[0] as string })));
    const target = await prisma.user.findUniqueOrThrow({ where: { email: 'bi-mat@test.local' }, select: { id: true } });
    results.push(await resetUserPasswordAction(null, formData({ id: target.id, password: secrets[1] as string })));
    results.push(
      await changeOwnPasswordAction(
        null,
        formData({ currentPassword: 'sai-mat-khau-hien-tai', newPassword: 'khong-dung-den-1', confirmPassword: 'khong-dung-den-1' }),
      ),
    );
    await authenticate({ email: 'bi-mat@test.local', password: 'doan-sai-mat-khau-1', ip: nextIp() });
    await authenticate({ email: 'bi-mat@test.local', password: secrets[1] as string, ip: nextIp() });
    const hashes = (await prisma.user.findMany({ select: { passwordHash: true } })).map((row) => row.passwordHash);
    const audit = JSON.stringify(await prisma.auditLog.findMany());
    const attempts = JSON.stringify(await prisma.signInAttempt.findMany());
    const haystacks = { logs: logged.join('\n'), audit, attempts, results: JSON.stringify(results.map((r) => ({ ...(r as object), password: undefined }))) };
    for (const [where, text] of Object.entries(haystacks)) {
      for (const secret of [...secrets, 'doan-sai-mat-khau-1', 'sai-mat-khau-hien-tai', ...hashes, '$argon2'])
        expect(text, `${where} holds a secret`).not.toContain(secret);
      if (process.env.NEXTAUTH_SECRET) expect(text).not.toContain(process.env.NEXTAUTH_SECRET);
      expect(text).not.toContain(process.env.DATABASE_URL as string);
    }
  });
});

describe('sessions end on the next request', () => {
  it('when the user is disabled or their password is changed by an admin', async () => {
    const staff = await signedInAs('EDITOR');
    const cookie = copySession();
    expect(await getCurrentUser()).not.toBeNull();
    await signedInAs('ADMIN');
    expect((await setUserDisabledAction({ id: staff.id, disabled: true })).ok).toBe(true);
    replaySession(cookie);
    expect(await getCurrentUser()).toBeNull();

    const other = await signedInAs('AUTHOR');
    const otherCookie = copySession();
    await signedInAs('ADMIN');
    expect((await resetUserPasswordAction(null, formData({ id: other.id, password: 'mat-khau-dat-lai-1' }))).ok).toBe(true);
    replaySession(otherCookie);
    expect(await getCurrentUser()).toBeNull();
    const before = await snapshotDatabase();
    await expect(
      changeOwnPasswordAction(null, formData({ currentPassword: other.password, newPassword: 'x-x-x-x-x-x-1', confirmPassword: 'x-x-x-x-x-x-1' })),
    ).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;401' });
    expect(await snapshotDatabase()).toEqual(before);
  });
});
