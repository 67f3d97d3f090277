import 'server-only';
import { prisma } from '@/lib/db';
import type { MailStatus, Prisma } from '@/lib/generated/prisma/client';
import { deliver, mailConfigured, type OutgoingMail } from '@/lib/mail/transport';

// The outbound mail queue. A request only inserts a row (enqueueMail); the worker
// (processMailQueue, run by every app instance's scheduler through /api/hang-doi-thu) claims due
// rows with FOR UPDATE SKIP LOCKED and moves their next attempt forward by a lease in the same
// statement, so two instances never take the same message; it then sends outside any
// transaction, so a slow server holds no database connection. A 4xx answer, a refused
// connection or a timeout is retried with exponential backoff; a 5xx answer or the last attempt
// marks the message failed. An instance that dies mid-send leaves the row to be retried when the
// lease runs out (at-least-once, never twice while the sender is alive).

export const MAIL_MAX_ATTEMPTS = 8;
export const MAIL_RETRY_BASE_MS = 30_000;
export const MAIL_RETRY_MAX_MS = 60 * 60_000;
/** Longer than a batch can take (5 messages × the transport's timeouts). */
export const MAIL_CLAIM_LEASE_MS = 10 * 60_000;
const BATCH_SIZE = 5;

/** Wait before attempt `attempts + 1`, after `attempts` failed ones. */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(MAIL_RETRY_BASE_MS * 2 ** Math.max(attempts - 1, 0), MAIL_RETRY_MAX_MS);
}

type MailClient = Pick<Prisma.TransactionClient, 'mailMessage'>;

/**
 * Queues one message; pass a transaction client to make it part of the change that owes it.
 * Without SMTP_URL it is stored as not configured, for the admin to read on the queue screen.
 */
export async function enqueueMail(mail: OutgoingMail, db: MailClient = prisma): Promise<string> {
  const row = await db.mailMessage.create({
    data: { ...mail, status: mailConfigured() ? 'QUEUED' : 'NOT_CONFIGURED' },
    select: { id: true },
  });
  return row.id;
}

interface ClaimedMail extends OutgoingMail {
  id: string;
  attempts: number;
}

export interface QueueRun {
  sent: number;
  retrying: number;
  failed: number;
}

let running: Promise<QueueRun> | null = null;

/** One pass of the worker; overlapping calls in one process share the pass in progress. */
export function processMailQueue(now: () => Date = () => new Date()): Promise<QueueRun> {
  running ??= runQueue(now).finally(() => {
    running = null;
  });
  return running;
}

async function runQueue(now: () => Date): Promise<QueueRun> {
  const outcome: QueueRun = { sent: 0, retrying: 0, failed: 0 };
  if (!mailConfigured()) {
    await prisma.mailMessage.updateMany({ where: { status: 'QUEUED' }, data: { status: 'NOT_CONFIGURED' } });
    return outcome;
  }
  const claimed = await claimDue(now());
  for (const mail of claimed) {
    const result = await deliver(mail);
    const at = now();
    const owned = { id: mail.id, status: 'QUEUED' as const, attempts: mail.attempts };
    if (result.ok) {
      await prisma.mailMessage.updateMany({ where: owned, data: { status: 'SENT', sentAt: at, lastReply: result.reply } });
      outcome.sent += 1;
    } else if (result.permanent || mail.attempts >= MAIL_MAX_ATTEMPTS) {
      await prisma.mailMessage.updateMany({ where: owned, data: { status: 'FAILED', lastReply: result.reply } });
      outcome.failed += 1;
    } else {
      await prisma.mailMessage.updateMany({
        where: owned,
        data: { nextAttemptAt: new Date(at.getTime() + mailRetryDelayMs(mail.attempts)), lastReply: result.reply },
      });
      outcome.retrying += 1;
    }
  }
  return outcome;
}

async function claimDue(now: Date): Promise<ClaimedMail[]> {
  const leaseEnd = new Date(now.getTime() + MAIL_CLAIM_LEASE_MS);
  return prisma.$queryRaw<ClaimedMail[]>`
    UPDATE mail_messages SET attempts = attempts + 1, next_attempt_at = ${leaseEnd}::timestamptz, updated_at = ${now}::timestamptz
    WHERE id IN (
      SELECT id FROM mail_messages
      WHERE status = 'QUEUED' AND next_attempt_at <= ${now}::timestamptz
      ORDER BY next_attempt_at
      LIMIT ${BATCH_SIZE}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id::text AS id, "to", subject, text, html, attempts`;
}

// ---- The admin's queue screen.

export interface MailQueueRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastReply: string;
  sentAt: Date | null;
  createdAt: Date;
}

export const MAIL_QUEUE_PAGE_SIZE = 50;

export async function listMailMessages(
  page: number,
  status?: MailStatus,
): Promise<{ rows: MailQueueRow[]; total: number; pageCount: number; counts: Record<MailStatus, number> }> {
  const where = status ? { status } : {};
  const [rows, total, grouped] = await Promise.all([
    prisma.mailMessage.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * MAIL_QUEUE_PAGE_SIZE,
      take: MAIL_QUEUE_PAGE_SIZE,
      select: {
        id: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastReply: true,
        sentAt: true,
        createdAt: true,
      },
    }),
    prisma.mailMessage.count({ where }),
    prisma.mailMessage.groupBy({ by: ['status'], _count: true }),
  ]);
  const counts: Record<MailStatus, number> = { QUEUED: 0, SENT: 0, FAILED: 0, NOT_CONFIGURED: 0 };
  for (const group of grouped) counts[group.status] = group._count;
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / MAIL_QUEUE_PAGE_SIZE)), counts };
}
