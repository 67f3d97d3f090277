import 'server-only';
import { cacheTag } from 'next/cache';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { newTrackingCode, shortenAskerName, type QuestionStatusCode } from '@/lib/citizens/questions';
import type { AskQuestionInput } from '@/lib/validation/question';
import { cacheTags } from './cache-tags';
import { escapeLike } from './search';

// Hỏi đáp, public side: storing a question (per-IP limit like the contact form), the status a
// tracking code may see, and published questions with their answers. Nothing here ever returns
// the asker's email, phone or IP; a published question carries only the shortened name.

export const QUESTION_RATE_LIMIT = { max: 3, windowMs: 60 * 60 * 1000 } as const;
export const QUESTIONS_PER_PAGE = 10;

export type StoreQuestionResult = { outcome: 'stored'; code: string } | { outcome: 'rate-limited' };

/** Stores a question unless this IP already asked QUESTION_RATE_LIMIT.max in the window. */
export async function storeQuestion(input: AskQuestionInput, ip: string, now = new Date()): Promise<StoreQuestionResult> {
  return prisma.$transaction(async (tx) => {
    // Serialises submissions from one address, so parallel posts can't slip past the count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`question:${ip}`}))`;
    const recent = await tx.questionItem.count({ where: { ip, createdAt: { gt: new Date(now.getTime() - QUESTION_RATE_LIMIT.windowMs) } } });
    if (recent >= QUESTION_RATE_LIMIT.max) return { outcome: 'rate-limited' as const };
    const code = newTrackingCode();
    await tx.questionItem.create({
      data: { code, askerName: input.name, askerEmail: input.email, askerPhone: input.phone, topic: input.topic, body: input.body, ip },
    });
    return { outcome: 'stored' as const, code };
  });
}

export interface QuestionStatusView {
  code: string;
  topic: string;
  status: QuestionStatusCode;
  receivedAt: Date;
  answeredAt: Date | null;
  answerHtml: string;
  /** Public address when the answer was published. */
  slug: string | null;
}

/** What a tracking code shows: status, dates and the answer; nothing about who asked. */
export async function questionStatusByCode(code: string): Promise<QuestionStatusView | null> {
  const row = await prisma.questionItem.findUnique({
    where: { code },
    select: { code: true, topic: true, status: true, createdAt: true, answeredAt: true, answerHtml: true, slug: true, published: true },
  });
  if (!row) return null;
  const answered = row.status === 'ANSWERED';
  return {
    code: row.code,
    topic: row.topic,
    status: row.status,
    receivedAt: row.createdAt,
    answeredAt: answered ? row.answeredAt : null,
    answerHtml: answered ? row.answerHtml : '',
    slug: answered && row.published ? row.slug : null,
  };
}

const publicSelect = {
  id: true,
  slug: true,
  title: true,
  topic: true,
  body: true,
  askerName: true,
  createdAt: true,
  answeredAt: true,
  answerHtml: true,
  answerText: true,
} satisfies Prisma.QuestionItemSelect;

export interface PublicQuestion {
  id: string;
  slug: string;
  title: string;
  topic: string;
  body: string;
  askedBy: string;
  askedAt: Date;
  answeredAt: Date;
  answerHtml: string;
  answerText: string;
}

type PublicRow = Prisma.QuestionItemGetPayload<{ select: typeof publicSelect }>;

function toPublic(row: PublicRow): PublicQuestion {
  return {
    id: row.id,
    slug: row.slug ?? '',
    title: row.title,
    topic: row.topic,
    body: row.body,
    askedBy: shortenAskerName(row.askerName),
    askedAt: row.createdAt,
    answeredAt: row.answeredAt ?? row.createdAt,
    answerHtml: row.answerHtml,
    answerText: row.answerText,
  };
}

/** The one definition of a public question: answered, published, with an address. */
const publicWhere = { published: true, status: 'ANSWERED', slug: { not: null } } satisfies Prisma.QuestionItemWhereInput;

export interface QuestionPage {
  items: PublicQuestion[];
  total: number;
  page: number;
  pageCount: number;
}

/** Published questions, newest answer first, by topic and/or words (accents optional). */
export async function publishedQuestions(filter: { topic?: string; q?: string; page?: number }): Promise<QuestionPage> {
  'use cache';
  cacheTag(cacheTags.questions);
  const query = (filter.q ?? '').trim().slice(0, 100);
  let ids: string[] | null = null;
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length > 0) {
    // Every word somewhere in title, question or answer, with or without accents.
    const conditions = words.map(
      (word) => Prisma.sql`public.ccn_unaccent(lower(title || ' ' || body || ' ' || answer_text)) LIKE public.ccn_unaccent(${`%${escapeLike(word)}%`})`,
    );
    const rows = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT id::text AS id FROM questions
      WHERE published AND status = 'ANSWERED' AND slug IS NOT NULL AND ${Prisma.join(conditions, ' AND ')}
      LIMIT 1000`);
    ids = rows.map((row) => row.id);
  }
  const where: Prisma.QuestionItemWhereInput = { ...publicWhere, ...(filter.topic ? { topic: filter.topic } : {}), ...(ids ? { id: { in: ids } } : {}) };
  const total = await prisma.questionItem.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / QUESTIONS_PER_PAGE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const rows = await prisma.questionItem.findMany({
    where,
    orderBy: [{ answeredAt: 'desc' }, { id: 'asc' }],
    skip: (page - 1) * QUESTIONS_PER_PAGE,
    take: QUESTIONS_PER_PAGE,
    select: publicSelect,
  });
  return { items: rows.map(toPublic), total, page, pageCount };
}

export async function publishedQuestionBySlug(slug: string): Promise<PublicQuestion | null> {
  'use cache';
  cacheTag(cacheTags.questions);
  const row = await prisma.questionItem.findFirst({ where: { ...publicWhere, slug }, select: publicSelect });
  return row ? toPublic(row) : null;
}
