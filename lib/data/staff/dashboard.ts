import 'server-only';
import { prisma } from '@/lib/db';
import type { ArticleStatus } from '@/lib/generated/prisma/client';

export type StatusCounts = Record<ArticleStatus, number> & { TRASHED: number };

/** Articles per status (trash separately); `authorId` limits it to one author's own. */
export async function articleCountsByStatus(authorId?: string): Promise<StatusCounts> {
  const scope = authorId ? { authorId } : {};
  const [groups, trashed] = await Promise.all([
    prisma.article.groupBy({ by: ['status'], where: { ...scope, deletedAt: null }, _count: { _all: true } }),
    prisma.article.count({ where: { ...scope, deletedAt: { not: null } } }),
  ]);
  const counts: StatusCounts = { DRAFT: 0, PENDING_REVIEW: 0, SCHEDULED: 0, PUBLISHED: 0, ARCHIVED: 0, TRASHED: trashed };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

export interface ScheduledArticle {
  id: string;
  title: string;
  publishedAt: Date | null;
  authorName: string;
}

/** Articles waiting for their publication time, soonest first. */
export async function upcomingScheduledArticles(limit: number, authorId?: string, now = new Date()): Promise<ScheduledArticle[]> {
  const rows = await prisma.article.findMany({
    where: { status: 'SCHEDULED', publishedAt: { gt: now }, deletedAt: null, ...(authorId ? { authorId } : {}) },
    orderBy: { publishedAt: 'asc' },
    take: limit,
    select: { id: true, title: true, publishedAt: true, author: { select: { name: true } } },
  });
  return rows.map(({ author, ...row }) => ({ ...row, authorName: author.name }));
}
