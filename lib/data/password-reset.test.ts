import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
const requestHeaders = vi.hoisted(() => ({ ip: '203.0.113.50' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': requestHeaders.ip }) }));
import { prisma } from '@/lib/db';
import { requestPasswordResetAction, setPasswordWithTokenAction } from '@/lib/actions/password-reset';
import { INVALID_LINK_MESSAGE, RESET_RATE_LIMITED_MESSAGE, RESET_REQUESTED_MESSAGE } from '@/lib/auth/reset-messages';
import { authenticate } from '@/lib/data/staff/sign-in';
import { findSessionUser } from '@/lib/data/staff/users';
import { actAs, createTestUser, type TestUser } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { startSmtpSink, type SmtpSink } from '@/test/smtp-sink';
import { processMailQueue } from './mail-queue';
import {
  hashToken,
  passwordLinkHolder,
  processPasswordResetRequests,
  RESET_MAX_PER_EMAIL,
  RESET_MAX_PER_IP,
  RESET_TOKEN_TTL_MS,
  setPasswordWithToken,
} from './password-reset';

const INITIAL = { ok: false };
const NEW_PASSWORD = 'mat-khau-moi-rat-dai-1';
let sink: SmtpSink;
let ipCounter = 0;
const freshIp = () => {
  ipCounter += 1;
  requestHeaders.ip = `198.51.100.${ipCounter % 250}`;
  return requestHeaders.ip;
};

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.SITE_URL = 'http://127.0.0.1:3999';
});
afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
  delete process.env.SITE_URL;
});
beforeEach(async () => {
  await actAs(null);
  sink.received.length = 0;
  await prisma.passwordResetRequest.deleteMany();
  await prisma.mailMessage.deleteMany();
});

/** Runs the worker as the scheduler does and returns the link from the mail that arrived. */
async function deliverAndFollow(expected: number): Promise<{ token: string; url: URL }[]> {
  await processPasswordResetRequests();
  await processMailQueue();
  const received = await sink.waitFor(expected);
  return received.map((mail) => {
    const link = /https?:\/\/\S+dat-lai-mat-khau\?token=[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
    if (!link) throw new Error(`no link in: ${mail.text}`);
    const url = new URL(link);
    return { url, token: url.searchParams.get('token')! };
  });
}

async function requestReset(email: string) {
  freshIp();
  return requestPasswordResetAction(INITIAL, formData({ email }));
}

describe('"Quên mật khẩu"', () => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser('EDITOR');
  });

  it('mails a single-use link that sets the password, ends every session and is audited', async () => {
    const before = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(await requestReset(user.email.toUpperCase())).toMatchObject({ ok: true, message: RESET_REQUESTED_MESSAGE });
    const [link] = await deliverAndFollow(1);
    const mail = sink.received[0]!;
    expect(mail.subject).toBe('Đặt lại mật khẩu tài khoản quản trị');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]!.address : null).toBe(user.email);
    expect(String(mail.html)).toContain(`href="http://127.0.0.1:3999/dang-nhap/dat-lai-mat-khau?token=${link!.token}"`);
    expect(link!.url.origin).toBe('http://127.0.0.1:3999');
    // Only the hash is stored.
    const stored = await prisma.passwordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashToken(link!.token));
    expect(JSON.stringify(await prisma.passwordToken.findMany())).not.toContain(link!.token);
    expect(JSON.stringify(await prisma.auditLog.findMany())).not.toContain(link!.token);

    expect(await passwordLinkHolder(link!.token)).toEqual({ email: user.email, purpose: 'RESET' });
    const done = await setPasswordWithTokenAction(INITIAL, formData({ token: link!.token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(done).toMatchObject({ ok: true });
    // The old session (its version) no longer works; the new password does, the old one not.
    expect(await findSessionUser(user.id, before.sessionVersion)).toBeNull();
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD, ip: freshIp() })).toMatchObject({ id: user.id });
    expect(await authenticate({ email: user.email, password: user.password, ip: freshIp() })).toBeNull();
    expect(await prisma.auditLog.findFirst({ where: { action: 'auth.resetPassword', entityId: user.id } })).not.toBeNull();
    // Single use.
    expect(await passwordLinkHolder(link!.token)).toBeNull();
    const again = await setPasswordWithTokenAction(INITIAL, formData({ token: link!.token, password: 'mot-mat-khau-khac-2', confirm: 'mot-mat-khau-khac-2' }));
    expect(again).toMatchObject({ ok: false, message: INVALID_LINK_MESSAGE });
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD, ip: freshIp() })).toMatchObject({ id: user.id });
  });

  it('answers an unknown or disabled address exactly as a real one, and mails nothing', async () => {
    const disabled = await createTestUser('AUTHOR', { disabled: true });
    const unknown = await requestReset('khong-co-ai@example.vn');
    const off = await requestReset(disabled.email);
    expect(unknown).toEqual({ ok: true, message: RESET_REQUESTED_MESSAGE, at: expect.any(Number) });
    expect(off).toEqual({ ok: true, message: RESET_REQUESTED_MESSAGE, at: expect.any(Number) });
    expect(await processPasswordResetRequests()).toBe(0);
    expect(await prisma.mailMessage.count()).toBe(0);
    expect(await prisma.passwordToken.count({ where: { userId: disabled.id } })).toBe(0);
  });

  it('takes the same time whether or not the address has an account', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 15; round += 1) {
      for (const [email, into] of [
        [user.email, known],
        [`khong-co-${round}@example.vn`, unknown],
      ] as const) {
        freshIp();
        const started = performance.now();
        expect((await requestPasswordResetAction(INITIAL, formData({ email: round % 2 ? email : email.toUpperCase() }))).message).toBe(RESET_REQUESTED_MESSAGE);
        into.push(performance.now() - started);
      }
      await prisma.passwordResetRequest.deleteMany();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });

  it('a link expires after 30 minutes; a newer link replaces the older one', async () => {
    await requestReset(user.email);
    const [first] = await deliverAndFollow(1);
    await requestReset(user.email);
    const [, second] = await deliverAndFollow(2);
    expect(await passwordLinkHolder(first!.token)).toBeNull();
    expect(await setPasswordWithToken(first!.token, NEW_PASSWORD, null)).toBe('invalid');
    const late = new Date(Date.now() + RESET_TOKEN_TTL_MS + 1000);
    expect(await passwordLinkHolder(second!.token, late)).toBeNull();
    expect(await setPasswordWithToken(second!.token, NEW_PASSWORD, null, late)).toBe('invalid');
    // Still valid within its time.
    expect(await setPasswordWithToken(second!.token, NEW_PASSWORD, null, new Date(Date.now() + RESET_TOKEN_TTL_MS - 60_000))).toBe('ok');
  });

  it('rejects a short or mismatched password with Vietnamese messages and keeps the link usable', async () => {
    await requestReset(user.email);
    const [link] = await deliverAndFollow(1);
    const short = await setPasswordWithTokenAction(INITIAL, formData({ token: link!.token, password: 'ngan', confirm: 'ngan' }));
    expect(short.errors?.password).toEqual(['Mật khẩu cần ít nhất 10 ký tự.']);
    const mismatch = await setPasswordWithTokenAction(INITIAL, formData({ token: link!.token, password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}x` }));
    expect(mismatch.errors?.confirm).toEqual(['Hai lần nhập mật khẩu chưa khớp.']);
    expect(JSON.stringify([short.values, mismatch.values])).not.toContain(NEW_PASSWORD);
    expect(await setPasswordWithTokenAction(INITIAL, formData({ token: 'x'.repeat(43), password: NEW_PASSWORD, confirm: NEW_PASSWORD }))).toMatchObject({
      ok: false,
      message: INVALID_LINK_MESSAGE,
    });
    expect(await requestPasswordResetAction(INITIAL, formData({ email: 'khong-phai-email' }))).toMatchObject({
      ok: false,
      errors: { email: ['Email không hợp lệ.'] },
    });
    expect(await passwordLinkHolder(link!.token)).toMatchObject({ email: user.email });
  });

  it('limits requests per address (known or not, same answer) and per IP', async () => {
    for (const email of [user.email, 'khong-co-ai-2@example.vn']) {
      for (let index = 0; index < RESET_MAX_PER_EMAIL; index += 1) expect((await requestReset(email)).message).toBe(RESET_REQUESTED_MESSAGE);
      expect(await requestReset(email)).toMatchObject({ ok: false, message: RESET_RATE_LIMITED_MESSAGE });
    }
    requestHeaders.ip = '192.0.2.99';
    for (let index = 0; index < RESET_MAX_PER_IP; index += 1) {
      expect((await requestPasswordResetAction(INITIAL, formData({ email: `nguoi-${index}@example.vn` }))).message).toBe(RESET_REQUESTED_MESSAGE);
    }
    expect(await requestPasswordResetAction(INITIAL, formData({ email: 'nguoi-moi@example.vn' }))).toMatchObject({ message: RESET_RATE_LIMITED_MESSAGE });
    // Requests for one address taken in one worker pass make one mail (one live link).
    await deliverAndFollow(1);
    expect(await prisma.mailMessage.count()).toBe(1);
  });
});
