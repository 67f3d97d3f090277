import 'server-only';
import { prisma } from '@/lib/db';
import { describeDevice } from '@/lib/auth/device';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_SECONDS } from '@/lib/auth/session-policy';
import type { SessionUser } from '@/lib/auth/session-user';
import { enqueueMail } from '@/lib/data/mail-queue';
import { linkOrigin } from '@/lib/data/password-reset';
import { formatDateTime } from '@/lib/format/date';
import { renderMail } from '@/lib/mail/templates';
import { recordAudit } from './audit';

// Sign-in sessions (issue 17). Each sign-in writes a row; the session token names it (`sid`)
// and is refused once the row has ended (findSessionUser). The user's session version still
// ends every session at once (password change, disable, sign-out everywhere); the row keeps the
// version it was opened under, so the list shows only sessions that version still allows.

/** lastSeenAt is written at most this often per session (each admin request checks the token). */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface OpenedSession {
  id: string;
  newDevice: boolean;
}

/**
 * Records a sign-in. A device (browser + system + class) this account never signed in from,
 * on a browser without its known-device cookie, queues a notice to the account's address.
 * The very first sign-in of an account sends nothing (there is no "usual" device yet).
 */
export async function openSession(
  user: { id: string; email: string; name: string; sessionVersion: number },
  request: { userAgent: string | null; ip: string; knownDevice: boolean },
  now = new Date(),
): Promise<OpenedSession> {
  const device = describeDevice(request.userAgent);
  return prisma.$transaction(async (tx) => {
    const [seenBefore, anyBefore] = await Promise.all([
      tx.userSession.count({ where: { userId: user.id, deviceKey: device.key } }),
      tx.userSession.count({ where: { userId: user.id } }),
    ]);
    const row = await tx.userSession.create({
      data: {
        userId: user.id,
        device: device.label,
        deviceKey: device.key,
        ip: request.ip,
        sessionVersion: user.sessionVersion,
        createdAt: now,
        lastSeenAt: now,
      },
      select: { id: true },
    });
    const newDevice = anyBefore > 0 && seenBefore === 0 && !request.knownDevice;
    if (newDevice) {
      const mail = renderMail({
        subject: 'Đăng nhập từ thiết bị mới',
        greeting: `Chào ${user.name},`,
        paragraphs: [
          `Tài khoản quản trị cổng thông tin của bạn vừa được đăng nhập từ một thiết bị chưa từng dùng: ${device.label}, địa chỉ IP ${request.ip}, lúc ${formatDateTime(now)}.`,
          'Nếu đó là bạn, không cần làm gì thêm. Nếu không phải, hãy đổi mật khẩu ngay và kết thúc phiên đăng nhập lạ trong trang tài khoản.',
        ],
        action: { label: 'Xem các phiên đăng nhập', url: `${linkOrigin()}/quan-tri/tai-khoan` },
      });
      await enqueueMail({ to: user.email, ...mail }, tx);
    }
    return { id: row.id, newDevice };
  });
}

/** Moves "last seen" forward, at most once a minute per session. */
export async function touchSession(sessionId: string, now = new Date()): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await prisma.userSession.updateMany({
    where: { id: sessionId, endedAt: null, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS) } },
    data: { lastSeenAt: now },
  });
}

export interface ActiveSession {
  id: string;
  device: string;
  ip: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The user's sessions still alive: not ended, current version, within the idle and absolute limits. */
export async function listActiveSessions(userId: string, currentSessionId: string | undefined, now = new Date()): Promise<ActiveSession[]> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  if (!user) return [];
  const rows = await prisma.userSession.findMany({
    where: {
      userId,
      endedAt: null,
      sessionVersion: user.sessionVersion,
      createdAt: { gt: new Date(now.getTime() - SESSION_ABSOLUTE_MS) },
      lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000) },
    },
    select: { id: true, device: true, ip: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: 'desc' },
  });
  return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
}

/** Ends one of the caller's own sessions (another user's id changes nothing). */
export async function endOwnSession(actor: SessionUser, sessionId: string, now = new Date()): Promise<'ok' | 'not-found'> {
  const { count } = await prisma.userSession.updateMany({ where: { id: sessionId, userId: actor.id, endedAt: null }, data: { endedAt: now } });
  if (count === 0) return 'not-found';
  await recordAudit({ actor, action: 'account.endSession', entityType: 'User', entityId: actor.id, summary: { session: sessionId } });
  return 'ok';
}

/** Ends every session of the caller but the one making the request. */
export async function endOtherSessions(actor: SessionUser, currentSessionId: string | undefined, now = new Date()): Promise<number> {
  const { count } = await prisma.userSession.updateMany({
    where: { userId: actor.id, endedAt: null, ...(currentSessionId ? { id: { not: currentSessionId } } : {}) },
    data: { endedAt: now },
  });
  // Nothing ended, nothing to record (an empty audit entry would say something happened).
  if (count > 0) await recordAudit({ actor, action: 'account.endOtherSessions', entityType: 'User', entityId: actor.id, summary: { count } });
  return count;
}

/** Admin: ends every session of a user, copied cookies and tokens from before sessions were recorded included. */
export async function endAllSessionsOfUser(userId: string, actor: SessionUser, now = new Date()): Promise<'ok' | 'not-found'> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.user.updateManyAndReturn({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { email: true } });
    if (rows.length === 0) return 'not-found' as const;
    await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
    await recordAudit({ actor, action: 'user.endSessions', entityType: 'User', entityId: userId, summary: { email: rows[0]!.email } }, tx);
    return 'ok' as const;
  });
}

/** Sign-out: the row ends with the cookie. */
export async function endSessionRow(sessionId: string, now = new Date()): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}
