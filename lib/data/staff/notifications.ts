import 'server-only';
import { prisma } from '@/lib/db';
import type { NotificationKind, Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { enqueueMail } from '@/lib/data/mail-queue';
import { linkOrigin } from '@/lib/data/password-reset';
import { renderMail } from '@/lib/mail/templates';

// Staff notifications (issue 17): an in-app list (the bell in the admin header) and, unless the
// user turned that kind off on their account page, a mail through the outbound queue. Callers
// pass their transaction client so a notification exists exactly when the change it reports does.

export const NOTIFICATION_KINDS: readonly NotificationKind[] = ['REVIEW_REQUESTED', 'ARTICLE_RETURNED', 'ARTICLE_PUBLISHED', 'QUESTION_ASSIGNED'];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  REVIEW_REQUESTED: 'Bài viết được gửi duyệt (cho biên tập viên, quản trị viên)',
  ARTICLE_RETURNED: 'Bài viết của tôi bị trả lại',
  ARTICLE_PUBLISHED: 'Bài viết của tôi được đăng',
  QUESTION_ASSIGNED: 'Câu hỏi được giao cho tôi',
};

type NotifyClient = Pick<Prisma.TransactionClient, 'notification' | 'user' | 'mailMessage'>;

export interface NotificationContent {
  kind: NotificationKind;
  title: string;
  /** An admin path ('/quan-tri/…'), opened from the list and the mail. */
  link: string;
}

/** Notifies each active recipient (duplicates and disabled accounts dropped); returns how many mails were queued. */
export async function notifyUsers(recipientIds: readonly string[], content: NotificationContent, db: NotifyClient = prisma): Promise<number> {
  const ids = [...new Set(recipientIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return 0;
  const recipients = await db.user.findMany({
    where: { id: { in: ids }, disabled: false },
    select: { id: true, email: true, name: true, mailOptOuts: { where: { kind: content.kind }, select: { kind: true } } },
  });
  let mailed = 0;
  for (const recipient of recipients) {
    await db.notification.create({ data: { userId: recipient.id, kind: content.kind, title: content.title, link: content.link } });
    if (recipient.mailOptOuts.length > 0) continue;
    const mail = renderMail({
      subject: content.title,
      greeting: `Chào ${recipient.name},`,
      paragraphs: [`${content.title}.`, 'Bạn có thể tắt loại thư này trong trang tài khoản; thông báo vẫn hiện trong trang quản trị.'],
      action: { label: 'Mở trong trang quản trị', url: `${linkOrigin()}${content.link}` },
    });
    await enqueueMail({ to: recipient.email, ...mail }, db);
    mailed += 1;
  }
  return mailed;
}

/** Active staff of these roles, but not `exceptId` (the one who acted). */
export async function staffWithRoles(roles: readonly Role[], exceptId: string | null, db: Pick<Prisma.TransactionClient, 'user'> = prisma): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { role: { in: [...roles] }, disabled: false, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  link: string;
  read: boolean;
  createdAt: Date;
}

export async function listNotifications(userId: string, take = 100): Promise<NotificationRow[]> {
  const rows = await prisma.notification.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, kind: true, title: true, link: true, readAt: true, createdAt: true },
  });
  return rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null }));
}

export async function unreadNotificationCount(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** Marks one of the user's notifications read (another user's id changes nothing), or all when id is null. */
export async function markNotificationsRead(userId: string, id: string | null, now = new Date()): Promise<number> {
  const { count } = await prisma.notification.updateMany({ where: { userId, readAt: null, ...(id ? { id } : {}) }, data: { readAt: now } });
  return count;
}

/** Which kinds the user gets by mail (every kind unless turned off). */
export async function mailPreferences(userId: string): Promise<Record<NotificationKind, boolean>> {
  const off = await prisma.notificationMailOptOut.findMany({ where: { userId }, select: { kind: true } });
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, !off.some((row) => row.kind === kind)])) as Record<NotificationKind, boolean>;
}

export async function saveMailPreferences(userId: string, mailed: readonly NotificationKind[]): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.notificationMailOptOut.deleteMany({ where: { userId } });
    const off = NOTIFICATION_KINDS.filter((kind) => !mailed.includes(kind));
    if (off.length > 0) await tx.notificationMailOptOut.createMany({ data: off.map((kind) => ({ userId, kind })) });
  });
}

// ---- The events.

/** An article went to review: every editor and admin but its submitter is told. */
export async function notifyReviewRequested(article: { id: string; title: string }, actorId: string): Promise<void> {
  const recipients = await staffWithRoles(['ADMIN', 'EDITOR'], actorId);
  await notifyUsers(recipients, { kind: 'REVIEW_REQUESTED', title: `Bài viết chờ duyệt: “${article.title}”`, link: `/quan-tri/tin-tuc/${article.id}` });
}

/** The author learns their article was published or returned (not when they did it themselves). */
export async function notifyAuthor(articleId: string, kind: 'ARTICLE_PUBLISHED' | 'ARTICLE_RETURNED', actorId: string): Promise<void> {
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { title: true, authorId: true } });
  if (!article || article.authorId === actorId) return;
  const title = kind === 'ARTICLE_PUBLISHED' ? `Bài viết của bạn đã được đăng: “${article.title}”` : `Bài viết của bạn được trả lại để sửa: “${article.title}”`;
  await notifyUsers([article.authorId], { kind, title, link: `/quan-tri/tin-tuc/${articleId}` });
}

// ---- Answers to the public's questions (issue 16's question_notifications rows): the mail
// worker turns each owed notice into a mail to the asker, once.

export async function processAskerNotifications(now = new Date(), take = 20): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM question_notifications WHERE sent_at IS NULL ORDER BY created_at LIMIT ${take} FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return 0;
    const rows = await tx.questionNotification.findMany({
      where: { id: { in: due.map((row) => row.id) } },
      select: { id: true, email: true, question: { select: { code: true, askerName: true, title: true, answerText: true } } },
    });
    for (const row of rows) {
      const mail = renderMail({
        subject: `Trả lời câu hỏi ${row.question.code}`,
        greeting: `Chào ${row.question.askerName},`,
        paragraphs: [
          `Câu hỏi mã ${row.question.code}${row.question.title ? ` (“${row.question.title}”)` : ''} bạn gửi tới Trung tâm đã có trả lời:`,
          row.question.answerText,
        ],
        action: { label: 'Xem trả lời', url: `${linkOrigin()}/hoi-dap/tra-cuu?ma=${encodeURIComponent(row.question.code)}` },
      });
      await enqueueMail({ to: row.email, ...mail }, tx);
    }
    await tx.questionNotification.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { sentAt: now } });
    return rows.length;
  });
}
