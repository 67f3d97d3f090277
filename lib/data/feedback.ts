import 'server-only';
import { Prisma, type FeedbackTargetKind } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { FeedbackKind, FeedbackVoteInput } from '@/lib/validation/feedback';
import { publishedNow } from './articles';
import { visitorKeys } from './visitors';

// Reader feedback ("Thông tin này có hữu ích không?"): one vote per visitor, item and Vietnam day
// (the unique key decides, so parallel double-clicks count once), flood limits per visitor and
// per network, and the staff report. No cookie, no raw IP or User-Agent stored (./visitors.ts).

export const FEEDBACK_LIMITS = {
  /** Votes one network (salted IP hash) may cast in FLOOD_WINDOW_MS, whatever its User-Agents. */
  perNetwork: 30,
  floodWindowMs: 10 * 60 * 1000,
  /** Votes one visitor may cast in a day, over all items. */
  perVisitorPerDay: 60,
} as const;

const KIND: Record<FeedbackKind, FeedbackTargetKind> = { article: 'ARTICLE', page: 'PAGE', procedure: 'PROCEDURE', question: 'QUESTION' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only what readers can see may be rated. */
async function targetExists(kind: FeedbackKind, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  if (kind === 'procedure') return (await prisma.administrativeProcedure.count({ where: { id, published: true } })) > 0;
  if (kind === 'article') return (await prisma.article.count({ where: { id, ...publishedNow() } })) > 0;
  if (kind === 'page') return (await prisma.page.count({ where: { id, published: true } })) > 0;
  return (await prisma.questionItem.count({ where: { id, published: true, status: 'ANSWERED' } })) > 0;
}

export type FeedbackOutcome = 'stored' | 'duplicate' | 'flood' | 'unknown-target';

export async function recordFeedback(input: FeedbackVoteInput, client: { ip: string; userAgent: string }, now = new Date()): Promise<FeedbackOutcome> {
  if (!(await targetExists(input.kind, input.id))) return 'unknown-target';
  const keys = await visitorKeys(client.ip, client.userAgent, now);
  return prisma.$transaction(async (tx) => {
    // One network at a time, so parallel floods can't slip past the counts.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`feedback:${keys.network}`}))`;
    const [recent, today] = await Promise.all([
      tx.feedbackVote.count({ where: { network: keys.network, createdAt: { gt: new Date(now.getTime() - FEEDBACK_LIMITS.floodWindowMs) } } }),
      tx.feedbackVote.count({ where: { visitor: keys.visitor, day: keys.day } }),
    ]);
    if (recent >= FEEDBACK_LIMITS.perNetwork || today >= FEEDBACK_LIMITS.perVisitorPerDay) return 'flood' as const;
    const inserted = await tx.feedbackVote.createMany({
      data: [
        {
          targetKind: KIND[input.kind],
          targetId: input.id,
          score: input.score,
          comment: input.comment,
          visitor: keys.visitor,
          network: keys.network,
          day: keys.day,
          createdAt: now,
        },
      ],
      skipDuplicates: true,
    });
    return inserted.count === 1 ? ('stored' as const) : ('duplicate' as const);
  });
}

// ---- Staff report ('feedback.view') ----

export interface FeedbackItemRow {
  kind: FeedbackKind;
  id: string;
  title: string;
  path: string | null;
  votes: number;
  average: number;
  comments: number;
}

const KIND_BACK: Record<FeedbackTargetKind, FeedbackKind> = { ARTICLE: 'article', PAGE: 'page', PROCEDURE: 'procedure', QUESTION: 'question' };

async function titlesFor(rows: { kind: FeedbackKind; id: string }[]): Promise<Map<string, { title: string; path: string | null }>> {
  const ids = (kind: FeedbackKind) => rows.filter((row) => row.kind === kind && UUID.test(row.id)).map((row) => row.id);
  const [articles, pages, questions, procedures] = await Promise.all([
    prisma.article.findMany({ where: { id: { in: ids('article') } }, select: { id: true, title: true, slug: true } }),
    prisma.page.findMany({ where: { id: { in: ids('page') } }, select: { id: true, title: true, slug: true, locale: true } }),
    prisma.questionItem.findMany({ where: { id: { in: ids('question') } }, select: { id: true, title: true, slug: true } }),
    prisma.administrativeProcedure.findMany({ where: { id: { in: ids('procedure') } }, select: { id: true, name: true, slug: true } }),
  ]);
  const titles = new Map<string, { title: string; path: string | null }>();
  for (const row of articles) titles.set(`article:${row.id}`, { title: row.title, path: `/tin-tuc/${row.slug}` });
  for (const row of pages) titles.set(`page:${row.id}`, { title: row.title, path: row.locale === 'en' ? `/en/${row.slug}` : `/${row.slug}` });
  for (const row of procedures) titles.set(`procedure:${row.id}`, { title: row.name, path: `/thu-tuc-hanh-chinh/${row.slug}` });
  for (const row of questions) titles.set(`question:${row.id}`, { title: row.title, path: row.slug ? `/hoi-dap/${row.slug}` : null });
  return titles;
}

export interface FeedbackReportFilter {
  /** Inclusive range of Vietnam days. */
  from?: Date;
  to?: Date;
}

function dayWhere(filter: FeedbackReportFilter): Prisma.FeedbackVoteWhereInput {
  return filter.from || filter.to ? { day: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {};
}

/** Average and count per item, most votes first. */
export async function feedbackByItem(filter: FeedbackReportFilter = {}, take = 200): Promise<FeedbackItemRow[]> {
  const groups = await prisma.feedbackVote.groupBy({
    by: ['targetKind', 'targetId'],
    where: dayWhere(filter),
    _count: { _all: true },
    _avg: { score: true },
    orderBy: [{ _count: { targetId: 'desc' } }, { targetId: 'asc' }],
    take,
  });
  const commented = await prisma.feedbackVote.groupBy({
    by: ['targetKind', 'targetId'],
    where: { ...dayWhere(filter), comment: { not: '' } },
    _count: { _all: true },
  });
  const commentCount = new Map(commented.map((row) => [`${KIND_BACK[row.targetKind]}:${row.targetId}`, row._count._all]));
  const rows = groups.map((group) => ({ kind: KIND_BACK[group.targetKind], id: group.targetId }));
  const titles = await titlesFor(rows);
  return groups.map((group, index) => {
    const key = `${rows[index]!.kind}:${group.targetId}`;
    const known = titles.get(key);
    return {
      ...rows[index]!,
      title: known?.title ?? group.targetId,
      path: known?.path ?? null,
      votes: group._count._all,
      average: Math.round((group._avg.score ?? 0) * 100) / 100,
      comments: commentCount.get(key) ?? 0,
    };
  });
}

export interface FeedbackMonthRow {
  month: string;
  votes: number;
  average: number;
}

/** Average and count per month (Vietnam calendar), newest first. */
export async function feedbackByMonth(filter: FeedbackReportFilter = {}): Promise<FeedbackMonthRow[]> {
  const from = filter.from ?? new Date('1970-01-01');
  const to = filter.to ?? new Date('9999-12-31');
  const rows = await prisma.$queryRaw<{ month: string; votes: bigint; average: number }[]>(Prisma.sql`
    SELECT to_char(day, 'YYYY-MM') AS month, count(*) AS votes, avg(score)::float8 AS average
    FROM feedback_votes WHERE day BETWEEN ${from}::date AND ${to}::date
    GROUP BY 1 ORDER BY 1 DESC`);
  return rows.map((row) => ({ month: row.month, votes: Number(row.votes), average: Math.round(row.average * 100) / 100 }));
}

export interface FeedbackCommentRow {
  kind: FeedbackKind;
  id: string;
  title: string;
  score: number;
  comment: string;
  createdAt: Date;
}

/** Comments, newest first (never who wrote them: there is nothing to show). */
export async function feedbackComments(filter: FeedbackReportFilter = {}, take = 100): Promise<FeedbackCommentRow[]> {
  const rows = await prisma.feedbackVote.findMany({
    where: { ...dayWhere(filter), comment: { not: '' } },
    orderBy: { createdAt: 'desc' },
    take,
    select: { targetKind: true, targetId: true, score: true, comment: true, createdAt: true },
  });
  const titles = await titlesFor(rows.map((row) => ({ kind: KIND_BACK[row.targetKind], id: row.targetId })));
  return rows.map((row) => {
    const kind = KIND_BACK[row.targetKind];
    return {
      kind,
      id: row.targetId,
      title: titles.get(`${kind}:${row.targetId}`)?.title ?? row.targetId,
      score: row.score,
      comment: row.comment,
      createdAt: row.createdAt,
    };
  });
}
