import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { openSession } from '@/lib/data/staff/sessions';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { setTestSession } from '@/test/session-store';
import { endOtherSessionsAction, endSessionAction, endUserSessionsAction } from './sessions';

async function sessionOf(user: { id: string; email: string; name: string }) {
  return openSession({ ...user, sessionVersion: 1 }, { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0.0.0', ip: '10.41.0.1', knownDevice: false });
}

describe('session actions', () => {
  it('a staff member ends one of their sessions; bad ids answer in Vietnamese and change nothing', async () => {
    const user = await signedInAs('AUTHOR');
    const other = await sessionOf(user);
    expect(await endSessionAction({ id: 'khong-phai-uuid' })).toMatchObject({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    expect(await endSessionAction({ id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      message: 'Phiên đăng nhập này không còn hoạt động.',
    });
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: other.id } })).endedAt).toBeNull();
    expect(await endSessionAction({ id: other.id })).toMatchObject({ ok: true, message: 'Đã kết thúc phiên đăng nhập.' });
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: other.id } })).endedAt).not.toBeNull();
  });

  it('"end all others" keeps the caller’s own session', async () => {
    const user = await signedInAs('EDITOR');
    const current = await sessionOf(user);
    const other = await sessionOf(user);
    setTestSession({ expires: new Date(Date.now() + 3_600_000).toISOString(), user: { id: user.id }, sessionVersion: 1, sessionId: current.id });
    expect(await endOtherSessionsAction({})).toMatchObject({ ok: true, message: 'Đã kết thúc 1 phiên đăng nhập khác.' });
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: current.id } })).endedAt).toBeNull();
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: other.id } })).endedAt).not.toBeNull();
  });

  it('only ADMIN ends all sessions of another user', async () => {
    const target = await signedInAs('EDITOR');
    await actAs(null);
    await expectUnauthorized(endSessionAction({ id: target.id }));
    await actAs('EDITOR');
    await expectForbidden(endUserSessionsAction({ id: target.id }));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion).toBe(1);
    await actAs('ADMIN');
    expect(await endUserSessionsAction({ id: 'x' })).toMatchObject({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    expect(await endUserSessionsAction({ id: target.id })).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion).toBe(2);
  });
});
