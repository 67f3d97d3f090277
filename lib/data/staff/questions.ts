import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { slugify } from '@/lib/content/slugify';
import { normalizeBody } from '@/lib/validation/rich-text';
import { renderBody } from '../body-images';
import { recordAudit } from './audit';
import { notifyUsers } from './notifications';
import { isUuid } from './media';

// Hỏi đáp for staff ('question.answer': EDITOR, ADMIN): the inbox, assignment, the answer
// (Tiptap JSON rendered and sanitized through renderBody like every body), publishing, and the
// seam where the asker is told of the answer.

const listSelect = {
  id: true,
  code: true,
  askerName: true,
  topic: true,
  body: true,
  status: true,
  title: true,
  published: true,
  createdAt: true,
  answeredAt: true,
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.QuestionItemSelect;
export type StaffQuestionRow = Prisma.QuestionItemGetPayload<{ select: typeof listSelect }>;

export type StaffQuestionFilter = 'open' | 'answered' | 'all';

/** Open questions first (oldest first: they have waited longest), then answered, newest first. */
export async function listQuestionsForStaff(filter: StaffQuestionFilter = 'open', take = 200): Promise<StaffQuestionRow[]> {
  const where: Prisma.QuestionItemWhereInput = filter === 'open' ? { status: { not: 'ANSWERED' } } : filter === 'answered' ? { status: 'ANSWERED' } : {};
  return prisma.questionItem.findMany({ where, orderBy: filter === 'open' ? [{ createdAt: 'asc' }] : [{ createdAt: 'desc' }], take, select: listSelect });
}

const detailSelect = {
  ...listSelect,
  askerEmail: true,
  askerPhone: true,
  answer: true,
  slug: true,
  answeredBy: { select: { name: true } },
} satisfies Prisma.QuestionItemSelect;
export type StaffQuestion = Prisma.QuestionItemGetPayload<{ select: typeof detailSelect }>;

export async function getQuestionForStaff(id: string): Promise<StaffQuestion | null> {
  return isUuid(id) ? prisma.questionItem.findUnique({ where: { id }, select: detailSelect }) : null;
}

/** Staff who may answer (the assignee picker). */
export async function listQuestionAssignees(): Promise<{ id: string; name: string }[]> {
  return prisma.user.findMany({ where: { disabled: false, role: { in: ['ADMIN', 'EDITOR'] } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

export type QuestionWriteResult = { ok: true; slug: string | null; previousSlug: string | null } | { ok: false; reason: 'not-found' | 'bad-assignee' };

/** Assigns a question (to the actor when assigneeId is null); a received question moves to "Đang xử lý". */
export async function assignQuestion(id: string, assigneeId: string | null, actor: SessionUser): Promise<QuestionWriteResult> {
  if (!isUuid(id)) return { ok: false, reason: 'not-found' };
  const target = assigneeId ?? actor.id;
  return prisma.$transaction(async (tx) => {
    const row = await tx.questionItem.findUnique({ where: { id }, select: { status: true, code: true, slug: true } });
    if (!row) return { ok: false, reason: 'not-found' } as const;
    const assignee = await tx.user.findFirst({ where: { id: target, disabled: false, role: { in: ['ADMIN', 'EDITOR'] } }, select: { id: true, name: true } });
    if (!assignee) return { ok: false, reason: 'bad-assignee' } as const;
    await tx.questionItem.update({ where: { id }, data: { assigneeId: assignee.id, ...(row.status === 'RECEIVED' ? { status: 'IN_PROGRESS' } : {}) } });
    await recordAudit({ actor, action: 'question.assign', entityType: 'Question', entityId: id, summary: { code: row.code, assignee: assignee.name } }, tx);
    if (assignee.id !== actor.id) {
      await notifyUsers([assignee.id], { kind: 'QUESTION_ASSIGNED', title: `Câu hỏi ${row.code} được giao cho bạn`, link: `/quan-tri/hoi-dap/${id}` }, tx);
    }
    return { ok: true, slug: row.slug, previousSlug: row.slug } as const;
  });
}

export interface AnswerFields {
  title: string;
  topic: string;
  answer: Record<string, unknown>;
  published: boolean;
}

/**
 * Saves the answer (first save marks the question answered and tells the asker), the public
 * title and whether question and answer are published. Throws InvalidContentError for a body
 * outside the allowed schema, like every renderBody caller.
 */
export async function answerQuestion(id: string, fields: AnswerFields, actor: SessionUser, now = new Date()): Promise<QuestionWriteResult> {
  if (!isUuid(id)) return { ok: false, reason: 'not-found' };
  const answer = normalizeBody(fields.answer);
  const rendered = await renderBody(answer);
  return prisma.$transaction(async (tx) => {
    const row = await tx.questionItem.findUnique({ where: { id }, select: { status: true, code: true, slug: true, answeredAt: true, assigneeId: true } });
    if (!row) return { ok: false, reason: 'not-found' } as const;
    const firstAnswer = row.status !== 'ANSWERED';
    // The address is fixed at first publication so links keep working after a title edit.
    const slug = row.slug ?? (fields.published ? `${slugify(fields.title, 80) || 'cau-hoi'}-${id.slice(0, 6)}` : null);
    await tx.questionItem.update({
      where: { id },
      data: {
        title: fields.title,
        topic: fields.topic,
        answer: answer as Prisma.InputJsonValue,
        answerHtml: rendered.html,
        answerText: rendered.text,
        status: 'ANSWERED',
        answeredAt: row.answeredAt ?? now,
        answeredById: actor.id,
        assigneeId: row.assigneeId ?? actor.id,
        published: fields.published,
        slug,
      },
    });
    await recordAudit(
      {
        actor,
        action: firstAnswer ? 'question.answer' : 'question.updateAnswer',
        entityType: 'Question',
        entityId: id,
        summary: { code: row.code, title: fields.title, published: fields.published },
      },
      tx,
    );
    if (firstAnswer) await notifyAsker(id, 'answered', tx);
    return { ok: true, slug: fields.published ? slug : null, previousSlug: row.slug } as const;
  });
}

type NotificationClient = Pick<Prisma.TransactionClient, 'questionItem' | 'questionNotification'>;

/**
 * The seam for outbound mail: records that the asker is owed an email (when they left an
 * address). Nothing sends it yet; the mailer, once configured, sends the rows whose sent_at is
 * null and sets it. Without mail the answer still waits behind the tracking code.
 */
export async function notifyAsker(questionId: string, kind: 'answered', db: NotificationClient = prisma): Promise<boolean> {
  const row = await db.questionItem.findUnique({ where: { id: questionId }, select: { askerEmail: true } });
  if (!row?.askerEmail) return false;
  await db.questionNotification.create({ data: { questionId, email: row.askerEmail, kind } });
  return true;
}

/** Notifications not sent yet, oldest first (for the mailer). */
export async function pendingAskerNotifications(take = 100) {
  return prisma.questionNotification.findMany({
    where: { sentAt: null },
    orderBy: { createdAt: 'asc' },
    take,
    select: { id: true, questionId: true, email: true, kind: true, createdAt: true },
  });
}
