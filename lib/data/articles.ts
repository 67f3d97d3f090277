import 'server-only';
import { cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { publicMediaSelect, toPublicMedia, type PublicMedia } from './media-dto';

export const ARTICLES_PER_PAGE = 10;

/**
 * The one definition of "a reader may see this article": published, dated, not in the trash.
 * A scheduled article is not visible until the scheduler has flipped it to PUBLISHED
 * (lib/data/staff/scheduled-articles.ts), which also expires the caches that show it, so cached
 * reads never need to know the time of the next scheduled article.
 */
export function publishedNow(now = new Date()): Prisma.ArticleWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: now }, deletedAt: null };
}

export const articleCardSelect = {
  id: true,
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  category: { select: { name: true, slug: true } },
  coverMedia: { select: publicMediaSelect },
} satisfies Prisma.ArticleSelect;

type ArticleCardRow = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;

export interface ArticleCard {
  id: string;
  title: string;
  slug: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  category: { name: string; slug: string } | null;
  cover: PublicMedia | null;
}

export function toCard(row: ArticleCardRow): ArticleCard {
  const { coverMedia, publishedAt, ...rest } = row;
  // publishedNow() guarantees publishedAt; the fallback only satisfies the type.
  return { ...rest, publishedAt: publishedAt ?? row.updatedAt, cover: coverMedia ? toPublicMedia(coverMedia) : null };
}

export const NEWEST_FIRST = [{ publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.ArticleOrderByWithRelationInput[];

export async function latestArticles(limit: number): Promise<ArticleCard[]> {
  'use cache';
  cacheTag(cacheTags.articles);
  const now = new Date();
  const rows = await prisma.article.findMany({
    where: publishedNow(now),
    orderBy: NEWEST_FIRST,
    take: limit,
    select: articleCardSelect,
  });
  return rows.map(toCard);
}

export interface ArticlePage {
  items: ArticleCard[];
  page: number;
  pageCount: number;
  total: number;
}

/** Parses `?trang=`: a whole number from 1, or null when malformed (the caller answers 404). */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

/**
 * One page of published articles, newest first, optionally in one category. Two queries
 * whatever the page size (count + rows with their category and cover joined).
 */
export async function publishedArticlePage(page: number, categoryId?: string): Promise<ArticlePage> {
  'use cache';
  cacheTag(cacheTags.articles);
  const now = new Date();
  const where: Prisma.ArticleWhereInput = { ...publishedNow(now), ...(categoryId ? { categoryId } : {}) };
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

export interface CategoryBlock {
  id: string;
  name: string;
  slug: string;
  articles: ArticleCard[];
}

/** For the home page: every category with its newest articles (categories without any are left out). */
export async function categoryBlocks(perCategory: number): Promise<CategoryBlock[]> {
  'use cache';
  cacheTag(cacheTags.articles, cacheTags.categories);
  const now = new Date();
  const categories = await prisma.category.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      slug: true,
      articles: { where: publishedNow(now), orderBy: NEWEST_FIRST, take: perCategory, select: articleCardSelect },
    },
  });
  return categories.filter((category) => category.articles.length > 0).map((category) => ({ ...category, articles: category.articles.map(toCard) }));
}

const articleDetailSelect = {
  ...articleCardSelect,
  byline: true,
  bodyHtml: true,
  categoryId: true,
  author: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

export interface ArticleDetail extends ArticleCard {
  byline: string;
  bodyHtml: string;
  categoryId: string | null;
  authorName: string;
}

/** The public article at this slug, or null (not found, not yet published, trashed…). */
export async function publishedArticleBySlug(slug: string): Promise<ArticleDetail | null> {
  'use cache';
  cacheTag(cacheTags.articles, cacheTags.articleSlug(slug));
  const now = new Date();
  const row = await prisma.article.findFirst({ where: { slug, ...publishedNow(now) }, select: articleDetailSelect });
  if (!row) return null;
  cacheTag(cacheTags.article(row.id));
  const { author, byline, bodyHtml, categoryId, ...card } = row;
  return { ...toCard(card), byline, bodyHtml, categoryId, authorName: author.name };
}

/** Where an old slug now lives: the current slug of a public article, or null. */
export async function currentSlugForOldSlug(slug: string): Promise<string | null> {
  'use cache';
  cacheTag(cacheTags.articles, cacheTags.articleSlug(slug));
  const entry = await prisma.articleSlugHistory.findFirst({
    where: { slug, article: publishedNow() },
    select: { article: { select: { slug: true } } },
  });
  const current = entry?.article.slug;
  return current && current !== slug ? current : null;
}

/** Newest public articles of the same category, without the article itself. */
export async function relatedArticles(articleId: string, categoryId: string, limit = 5): Promise<ArticleCard[]> {
  'use cache';
  cacheTag(cacheTags.articles);
  const now = new Date();
  const rows = await prisma.article.findMany({
    where: { ...publishedNow(now), categoryId, id: { not: articleId } },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: articleCardSelect,
  });
  return rows.map(toCard);
}

/** Every public article's slug and last change, for the sitemap. */
export async function publishedArticleSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  'use cache';
  cacheTag(cacheTags.articles);
  const now = new Date();
  return prisma.article.findMany({
    // Articles marked noindex (issue 18 SEO fields) stay out of the sitemap.
    where: { ...publishedNow(now), NOT: { seo: { is: { noindex: true } } } },
    orderBy: NEWEST_FIRST,
    select: { slug: true, updatedAt: true },
  });
}
