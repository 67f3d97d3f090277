import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { processMailQueue } from '@/lib/data/mail-queue';
import { INVITE_TOKEN_TTL_MS, passwordLinkHolder, setPasswordWithToken } from '@/lib/data/password-reset';
import { authenticate } from '@/lib/data/staff/sign-in';
import { actAs, expectForbidden, expectUnauthorized } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { startSmtpSink, type SmtpSink } from '@/test/smtp-sink';
import { setPasswordWithTokenAction } from './password-reset';
import { inviteUserAction } from './invitations';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  process.env.SITE_URL = 'http://127.0.0.1:3998';
});
afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
  delete process.env.SITE_URL;
});

const linkIn = (text: string | undefined) => new URL(/https?:\/\/\S+dat-lai-mat-khau\?token=[A-Za-z0-9_-]+/.exec(text ?? '')![0]).searchParams.get('token')!;

describe('invitations', () => {
  it('ADMIN only: others are refused and nothing is created or mailed', async () => {
    const input = { name: 'Người Được Mời', email: 'bi-tu-choi@example.vn', role: 'EDITOR' };
    await actAs(null);
    await expectUnauthorized(inviteUserAction(formData(input)));
    for (const role of ['EDITOR', 'AUTHOR'] as const) {
      await actAs(role);
      await expectForbidden(inviteUserAction(formData(input)));
    }
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { to: input.email } })).toBe(0);
  });

  it('the invitee sets their own password from the mailed link (72 h, once) and signs in with the invited role', async () => {
    const admin = await actAs('ADMIN');
    const email = 'bien-tap-moi@example.vn';
    expect(await inviteUserAction(formData({ name: 'Trần Thị Mới', email: 'Bien-Tap-Moi@Example.vn', role: 'EDITOR' }))).toMatchObject({ ok: true });
    expect(await prisma.auditLog.findFirst({ where: { action: 'user.invite', actorId: admin!.id } })).not.toBeNull();
    // Nobody knows the account's password until the invitee sets one.
    expect(await authenticate({ email, password: 'mat-khau-doan-thu-1', ip: '192.0.2.1' })).toBeNull();
    await processMailQueue();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe('Lời mời tham gia quản trị cổng thông tin');
    expect(mail!.text).toContain('Chào Trần Thị Mới,');
    expect(mail!.text).toContain('72 giờ');
    const token = linkIn(mail!.text);
    expect(await passwordLinkHolder(token)).toEqual({ email, purpose: 'INVITE' });
    // Still valid just before 72 h, not after.
    expect(await passwordLinkHolder(token, new Date(Date.now() + INVITE_TOKEN_TTL_MS + 1000))).toBeNull();
    expect(await setPasswordWithTokenAction({ ok: false }, formData({ token, password: 'mat-khau-cua-toi-1', confirm: 'mat-khau-cua-toi-1' }))).toMatchObject({
      ok: true,
    });
    expect(await authenticate({ email, password: 'mat-khau-cua-toi-1', ip: '192.0.2.2' })).toMatchObject({ email, role: 'EDITOR' });
    expect(await setPasswordWithToken(token, 'mat-khau-khac-nua-2', null)).toBe('invalid');
    expect(await prisma.auditLog.findFirst({ where: { action: 'auth.acceptInvite', actorEmail: email } })).not.toBeNull();
  });

  it('an email already in use is refused with a Vietnamese message', async () => {
    const admin = await actAs('ADMIN');
    const result = await inviteUserAction(formData({ name: 'Trùng', email: admin!.email, role: 'AUTHOR' }));
    expect(result).toMatchObject({ ok: false, errors: { email: ['Email này đã được dùng cho tài khoản khác.'] } });
    expect(await inviteUserAction(formData({ name: '', email: 'khong-phai-email', role: 'CHU' }))).toMatchObject({ ok: false });
  });
});
