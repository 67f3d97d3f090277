import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { enqueueMail } from '@/lib/data/mail-queue';
import { renderMail } from '@/lib/mail/templates';
import { mailConfigured } from '@/lib/mail/transport';
import { recordAudit } from './audit';

export type RetryMailResult = 'queued' | 'not-found' | 'not-configured';

/** "Gửi lại": a failed, waiting or not-yet-configured message goes back to the queue, due now. */
export async function retryMail(id: string, actor: SessionUser, now = new Date()): Promise<RetryMailResult> {
  if (!mailConfigured()) return 'not-configured';
  return prisma.$transaction(async (tx) => {
    const rows = await tx.mailMessage.updateManyAndReturn({
      where: { id, status: { in: ['FAILED', 'NOT_CONFIGURED', 'QUEUED'] } },
      data: { status: 'QUEUED', attempts: 0, nextAttemptAt: now },
      select: { to: true, subject: true },
    });
    if (rows.length === 0) return 'not-found';
    await recordAudit({ actor, action: 'mail.retry', entityType: 'MailMessage', entityId: id, summary: { to: rows[0]!.to, subject: rows[0]!.subject } }, tx);
    return 'queued';
  });
}

/** Queues a short test message to the admin themself, to check the mail settings end to end. */
export async function sendTestMail(actor: SessionUser): Promise<void> {
  const mail = renderMail({
    subject: 'Thư thử từ cổng thông tin',
    greeting: `Chào ${actor.name},`,
    paragraphs: ['Đây là thư thử do bạn yêu cầu từ màn hình Hàng đợi thư. Nếu bạn nhận được thư này, máy chủ thư đã được cấu hình đúng.'],
  });
  await prisma.$transaction(async (tx) => {
    const id = await enqueueMail({ to: actor.email, ...mail }, tx);
    await recordAudit({ actor, action: 'mail.test', entityType: 'MailMessage', entityId: id, summary: { to: actor.email } }, tx);
  });
}
