import 'server-only';
import { cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { ARTICLES_PER_PAGE, articleCardSelect, NEWEST_FIRST, publishedNow, toCard, type ArticleCard, type ArticlePage } from './articles';
import { cacheTags } from './cache-tags';

// Tags as readers see them: a tag page lists the public articles carrying the tag.

export interface PublicTag {
  id: string;
  name: string;
  slug: string;
}

const tagSelect = { id: true, name: true, slug: true } as const;

export async function tagBySlug(slug: string): Promise<PublicTag | null> {
  'use cache';
  cacheTag(cacheTags.tags, cacheTags.tag(slug));
  return prisma.tag.findUnique({ where: { slug }, select: tagSelect });
}

/** Where a renamed tag's old slug now leads, or null. */
export async function currentTagSlugForOldSlug(slug: string): Promise<string | null> {
  'use cache';
  cacheTag(cacheTags.tags, cacheTags.tag(slug));
  const entry = await prisma.tagSlugHistory.findUnique({ where: { slug }, select: { tag: { select: { slug: true } } } });
  return entry && entry.tag.slug !== slug ? entry.tag.slug : null;
}

/** One page of the public articles carrying a tag, newest first. */
export async function publishedArticlesWithTag(tagId: string, page: number): Promise<ArticlePage> {
  'use cache';
  cacheTag(cacheTags.articles, cacheTags.tags);
  const where: Prisma.ArticleWhereInput = { ...publishedNow(new Date()), tags: { some: { tagId } } };
  const total = await prisma.article.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  if (page < 1 || page > pageCount) return { items: [], page, pageCount, total };
  const rows = await prisma.article.findMany({
    where,
    orderBy: NEWEST_FIRST,
    skip: (page - 1) * ARTICLES_PER_PAGE,
    take: ARTICLES_PER_PAGE,
    select: articleCardSelect,
  });
  return { items: rows.map(toCard), page, pageCount, total };
}

/** The newest public articles carrying a tag, for its feed. */
export async function latestArticlesWithTag(tagId: string, limit: number): Promise<ArticleCard[]> {
  'use cache';
  cacheTag(cacheTags.articles, cacheTags.tags);
  const rows = await prisma.article.findMany({
    where: { ...publishedNow(new Date()), tags: { some: { tagId } } },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: articleCardSelect,
  });
  return rows.map(toCard);
}

/** A public article's tags, in the editor's order. */
export async function tagsOfPublishedArticle(articleId: string): Promise<PublicTag[]> {
  'use cache';
  cacheTag(cacheTags.tags, cacheTags.article(articleId));
  const rows = await prisma.articleTag.findMany({
    where: { articleId },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { tag: { select: tagSelect } },
  });
  return rows.map((row) => row.tag);
}

/**
 * Related articles: those sharing the most tags with this one (newest first among equals), then
 * the newest of the same category, without the article itself. Two or three queries.
 */
export async function relatedArticlesByTags(articleId: string, categoryId: string | null, limit = 5): Promise<ArticleCard[]> {
  'use cache';
  cacheTag(cacheTags.articles, cacheTags.tags);
  const now = new Date();
  const shared = await prisma.$queryRaw<{ id: string }[]>`
    SELECT a.id
    FROM article_tags mine
    JOIN article_tags other ON other.tag_id = mine.tag_id AND other.article_id <> mine.article_id
    JOIN articles a ON a.id = other.article_id
    WHERE mine.article_id = ${articleId}::uuid
      AND a.status = 'PUBLISHED' AND a.published_at <= ${now} AND a.deleted_at IS NULL
    GROUP BY a.id, a.published_at
    ORDER BY count(*) DESC, a.published_at DESC, a.id DESC
    LIMIT ${limit}`;
  const ids = shared.map((row) => row.id);
  const byTags = ids.length > 0 ? await prisma.article.findMany({ where: { id: { in: ids } }, select: articleCardSelect }) : [];
  const order = new Map(ids.map((id, index) => [id, index]));
  byTags.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const rest = limit - byTags.length;
  const byCategory =
    rest > 0 && categoryId
      ? await prisma.article.findMany({
          where: { ...publishedNow(now), categoryId, id: { notIn: [articleId, ...ids] } },
          orderBy: NEWEST_FIRST,
          take: rest,
          select: articleCardSelect,
        })
      : [];
  return [...byTags, ...byCategory].map(toCard);
}
