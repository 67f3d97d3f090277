import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import type { JWT } from 'next-auth/jwt';
import { prisma } from '@/lib/db';
import { authOptions } from '@/lib/auth/options';
import { getCurrentUser } from '@/lib/auth/current-user';
import { decideAdminAccess } from '@/lib/auth/admin-gate';
import { describeDevice } from '@/lib/auth/device';
import { createTestUser } from '@/test/act-as';
import { setTestSession } from '@/test/session-store';
import { bumpSessionVersion } from './users';
import { endAllSessionsOfUser, endOtherSessions, endOwnSession, listActiveSessions, openSession, touchSession } from './sessions';

const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
type JwtCallback = (params: { token: JWT; user?: { id: string; sessionVersion: number; sessionId?: string } }) => Promise<JWT>;
const jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;

async function signIn(user: { id: string; email: string; name: string }, userAgent = CHROME_LINUX, knownDevice = false) {
  return openSession(
    { ...user, sessionVersion: (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion },
    { userAgent, ip: '10.40.0.1', knownDevice },
  );
}

describe('devices', () => {
  it('reads a class, browser and system from the User-Agent; versions do not change the key', () => {
    expect(describeDevice(CHROME_LINUX).label).toBe('Chrome trên Linux (máy tính)');
    expect(describeDevice(SAFARI_IPHONE).label).toBe('Mobile Safari trên iOS (điện thoại)');
    expect(describeDevice(CHROME_LINUX.replace('130.0.0.0', '131.0.1.2')).key).toBe(describeDevice(CHROME_LINUX).key);
    expect(describeDevice(null).label).toBe('Trình duyệt không rõ trên hệ điều hành không rõ (máy tính)');
  });
});

describe('openSession', () => {
  it('queues "Đăng nhập từ thiết bị mới" for a device this account never used, not for the first sign-in or a known one', async () => {
    const user = await createTestUser('EDITOR');
    const mails = () => prisma.mailMessage.findMany({ where: { to: user.email, subject: 'Đăng nhập từ thiết bị mới' } });
    expect((await signIn(user)).newDevice).toBe(false);
    expect((await signIn(user)).newDevice).toBe(false);
    expect(await mails()).toHaveLength(0);
    expect((await signIn(user, SAFARI_IPHONE)).newDevice).toBe(true);
    const [mail] = await mails();
    expect(mail!.text).toContain('Mobile Safari trên iOS (điện thoại)');
    expect(mail!.text).toContain('10.40.0.1');
    expect(mail!.html).toContain('/quan-tri/tai-khoan');
    // A browser carrying this account's known-device cookie is not new, whatever it reports.
    expect((await signIn(user, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0', true)).newDevice).toBe(false);
    expect(await mails()).toHaveLength(1);
  });
});

describe('session list and ending sessions', () => {
  it('lists the live sessions with the current one marked, and moves "last seen" at most once a minute', async () => {
    const user = await createTestUser('AUTHOR');
    const first = await signIn(user);
    const second = await signIn(user, SAFARI_IPHONE);
    const listed = await listActiveSessions(user.id, second.id);
    expect(listed.map((session) => [session.id, session.current])).toEqual(
      expect.arrayContaining([
        [first.id, false],
        [second.id, true],
      ]),
    );
    const before = (await prisma.userSession.findUniqueOrThrow({ where: { id: first.id } })).lastSeenAt;
    await touchSession(first.id, new Date(before.getTime() + 30_000));
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: first.id } })).lastSeenAt).toEqual(before);
    await touchSession(first.id, new Date(before.getTime() + 61_000));
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: first.id } })).lastSeenAt.getTime()).toBe(before.getTime() + 61_000);
    // Idle for more than 2 hours: no longer listed.
    expect(await listActiveSessions(user.id, undefined, new Date(before.getTime() + 3 * 3_600_000))).toHaveLength(0);
  });

  it('an ended session is refused by the token check, the proxy and getCurrentUser; the others live on', async () => {
    const user = await createTestUser('EDITOR');
    const phone = await signIn(user, SAFARI_IPHONE);
    const desk = await signIn(user);
    const token = (sid: string) => ({ sub: user.id, sessionVersion: 1, signedInAt: Date.now(), sid });
    expect(await jwt({ token: token(phone.id) })).toMatchObject({ sid: phone.id });
    expect(await endOwnSession({ ...user }, phone.id)).toBe('ok');
    await expect(jwt({ token: token(phone.id) })).rejects.toThrow();
    expect(await decideAdminAccess(token(phone.id), '/quan-tri')).toBe('sign-in');
    setTestSession({ expires: new Date(Date.now() + 3_600_000).toISOString(), user: { id: user.id }, sessionVersion: 1, sessionId: phone.id });
    expect(await getCurrentUser()).toBeNull();
    expect(await jwt({ token: token(desk.id) })).toMatchObject({ sid: desk.id });
    expect(await decideAdminAccess(token(desk.id), '/quan-tri')).toBe('allow');
    // A made-up session id is refused too.
    await expect(jwt({ token: token('00000000-0000-4000-8000-000000000000') })).rejects.toThrow();
    await expect(jwt({ token: token('not-a-uuid') })).rejects.toThrow();
    expect(await prisma.auditLog.count({ where: { action: 'account.endSession', actorId: user.id } })).toBe(1);
  });

  it('a user cannot end another user’s session', async () => {
    const owner = await createTestUser('EDITOR');
    const other = await createTestUser('EDITOR');
    const session = await signIn(owner);
    expect(await endOwnSession({ ...other }, session.id)).toBe('not-found');
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).toBeNull();
  });

  it('"end all others" keeps the current session', async () => {
    const user = await createTestUser('AUTHOR');
    const sessions = [await signIn(user), await signIn(user), await signIn(user)];
    expect(await endOtherSessions({ ...user }, sessions[1]!.id)).toBe(2);
    expect((await listActiveSessions(user.id, sessions[1]!.id)).map((session) => session.id)).toEqual([sessions[1]!.id]);
    // Again: nothing left to end, and nothing recorded as if something had been.
    expect(await endOtherSessions({ ...user }, sessions[1]!.id)).toBe(0);
    expect(await prisma.auditLog.count({ where: { actorId: user.id, action: 'account.endOtherSessions' } })).toBe(1);
  });

  it('an admin ends every session of a user (version and rows), audited; a sign-out ends the rows too', async () => {
    const user = await createTestUser('EDITOR');
    const admin = await createTestUser('ADMIN');
    const session = await signIn(user);
    expect(await endAllSessionsOfUser(user.id, admin)).toBe('ok');
    expect(await listActiveSessions(user.id, undefined)).toHaveLength(0);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { action: 'user.endSessions', entityId: user.id, actorId: admin.id } })).toBe(1);
    expect(await endAllSessionsOfUser('00000000-0000-4000-8000-000000000000', admin)).toBe('not-found');

    const again = await signIn(user);
    await bumpSessionVersion(user.id);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: again.id } })).endedAt).not.toBeNull();
  });
});
