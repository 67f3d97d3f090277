import 'server-only';
import { cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';

/** The one definition of "a reader may see this article". */
export function publishedNow(now = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: ['PUBLISHED', 'SCHEDULED'] }, publishedAt: { lte: now }, deletedAt: null };
}

const articleCardSelect = {
  id: true,
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  category: { select: { name: true, slug: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleCard = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;

export async function latestArticles(limit: number): Promise<ArticleCard[]> {
  'use cache';
  cacheTag(cacheTags.articles);
  return prisma.article.findMany({
    where: publishedNow(),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: articleCardSelect,
  });
}
