import { afterEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/headers', () => import('@/test/next-headers-stub'));
import { prisma } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { requirePermission } from '@/lib/auth/current-user';
import { decideAdminAccess } from '@/lib/auth/admin-gate';
import { totpCode } from '@/lib/auth/two-factor';
import { saveTwoFactorPolicy, twoFactorStatus } from '@/lib/data/staff/two-factor';
import { actAs, expectForbidden, expectUnauthorized, signedInAs, type TestUser } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { confirmTwoFactorAction, disableTwoFactorAction, resetTwoFactorAction, saveTwoFactorPolicyAction, startTwoFactorAction } from './two-factor';

process.env.NEXTAUTH_SECRET ??= 'bi-mat-thu-nghiem-cho-vitest-0123456789';

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<{ id: string; sessionId?: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
let ipCounter = 0;
const request = () => ({
  headers: { 'x-forwarded-for': `10.23.0.${(ipCounter += 1)}`, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0.0.0 Safari/537.36' },
});

afterEach(async () => {
  const admin = await prisma.user.findFirst({ where: { role: 'ADMIN' }, select: { id: true, email: true } });
  if (admin) await saveTwoFactorPolicy('none', { ...admin, name: '', role: 'ADMIN' });
});

/** Enrols the signed-in user through the actions, as the account page does. */
async function enrolThroughActions(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
  expect((await startTwoFactorAction(undefined, formData({}))).ok).toBe(true);
  const secret = (await twoFactorStatus(user)).pendingSecret!;
  const result = await confirmTwoFactorAction(undefined, formData({ code: totpCode(secret) }));
  expect(result).toMatchObject({ ok: true, message: 'Đã bật xác thực hai bước.' });
  return { secret, recoveryCodes: result.data!.recoveryCodes };
}

describe('enrolment actions', () => {
  it('any staff member enrols; recovery codes come back once; the secret is never shown again', async () => {
    const user = await signedInAs('AUTHOR');
    const { recoveryCodes } = await enrolThroughActions(user);
    expect(recoveryCodes).toHaveLength(10);
    expect((await twoFactorStatus(user)).pendingSecret).toBeNull();
    expect(await startTwoFactorAction(undefined, formData({}))).toMatchObject({ ok: false, message: 'Xác thực hai bước đã được bật cho tài khoản này.' });
  });

  it('bad input: a clear Vietnamese message and nothing changes', async () => {
    const user = await signedInAs('EDITOR');
    await startTwoFactorAction(undefined, formData({}));
    for (const code of ['', '12', '000000', 'x'.repeat(40)]) {
      const result = await confirmTwoFactorAction(undefined, formData({ code }));
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/mã|trường/i);
    }
    expect(await confirmTwoFactorAction(undefined, formData({ code: '' }))).toMatchObject({ errors: { code: ['Vui lòng nhập mã xác thực.'] } });
    expect(await confirmTwoFactorAction(undefined, formData({ code: '000000' }))).toMatchObject({
      message: 'Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng.',
    });
    expect((await twoFactorStatus(user)).enabled).toBe(false);
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });

  it('anonymous callers are refused', async () => {
    await actAs(null);
    await expectUnauthorized(startTwoFactorAction(undefined, formData({})));
    await expectUnauthorized(confirmTwoFactorAction(undefined, formData({ code: '123456' })));
    await expectUnauthorized(disableTwoFactorAction(undefined, formData({ code: '123456' })));
  });

  it('disable needs a valid code', async () => {
    const user = await signedInAs('AUTHOR');
    const { recoveryCodes } = await enrolThroughActions(user);
    expect(await disableTwoFactorAction(undefined, formData({ code: '000000' }))).toMatchObject({ ok: false });
    expect((await twoFactorStatus(user)).enabled).toBe(true);
    expect(await disableTwoFactorAction(undefined, formData({ code: recoveryCodes[0]! }))).toMatchObject({ ok: true });
    expect((await twoFactorStatus(user)).enabled).toBe(false);
  });
});

describe('admin actions', () => {
  it('only ADMIN resets a second factor or sets the policy; bad ids change nothing', async () => {
    const target = await signedInAs('EDITOR');
    await enrolThroughActions(target);
    await actAs('EDITOR');
    await expectForbidden(resetTwoFactorAction({ id: target.id }));
    await expectForbidden(saveTwoFactorPolicyAction(undefined, formData({ policy: 'ADMIN' })));
    await actAs('ADMIN');
    expect(await resetTwoFactorAction({ id: 'khong-phai-uuid' })).toMatchObject({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    expect(await saveTwoFactorPolicyAction(undefined, formData({ policy: 'AUTHOR' }))).toMatchObject({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    expect((await twoFactorStatus(target)).enabled).toBe(true);
    expect(await resetTwoFactorAction({ id: target.id })).toMatchObject({ ok: true });
    expect((await twoFactorStatus(target)).enabled).toBe(false);
  });

  it('a mandatory policy leads an un-enrolled admin to the enrolment page and blocks every other action', async () => {
    const admin = await signedInAs('ADMIN');
    expect(await saveTwoFactorPolicyAction(undefined, formData({ policy: 'ADMIN' }))).toMatchObject({ ok: true });
    await expectForbidden(requirePermission('user.manage'));
    await expectForbidden(resetTwoFactorAction({ id: admin.id }));
    expect(await requirePermission('account.twoFactor')).toMatchObject({ id: admin.id });
    const token = { sub: admin.id, sessionVersion: 1, signedInAt: Date.now() };
    expect(await decideAdminAccess(token, '/quan-tri/nguoi-dung')).toBe('enrol');
    expect(await decideAdminAccess(token, '/quan-tri/tai-khoan/xac-thuc-hai-buoc')).toBe('allow');
    await enrolThroughActions(admin);
    expect(await decideAdminAccess(token, '/quan-tri/nguoi-dung')).toBe('allow');
    expect(await requirePermission('user.manage')).toMatchObject({ id: admin.id });
  });
});

describe('the credentials endpoint (next-auth authorize)', () => {
  it('cannot be used to skip the code: password alone gives no session, password + code does', async () => {
    const user = await signedInAs('EDITOR');
    const { secret, recoveryCodes } = await enrolThroughActions(user);
    await expect(authorize({ email: user.email, password: user.password }, request())).rejects.toThrow('SecondFactorRequired');
    await expect(authorize({ email: user.email, password: user.password, code: '' }, request())).rejects.toThrow('SecondFactorRequired');
    expect(await authorize({ email: user.email, password: user.password, code: '000000' }, request())).toBeNull();
    // The enrolment code's step is used: wait for the next one.
    const next = Date.now() + 30_000;
    const signedIn = await authorize({ email: user.email, password: user.password, code: totpCode(secret, next) }, request());
    expect(signedIn).toMatchObject({ id: user.id });
    expect(signedIn?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await authorize({ email: user.email, password: user.password, code: totpCode(secret, next) }, request())).toBeNull();
    expect(await authorize({ email: user.email, password: user.password, code: recoveryCodes[1]! }, request())).toMatchObject({ id: user.id });
    expect(await authorize({ email: user.email, password: user.password, code: recoveryCodes[1]! }, request())).toBeNull();
  });
});
