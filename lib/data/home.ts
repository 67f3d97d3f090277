import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { articleCardSelect, categoryBlocks, NEWEST_FIRST, publishedNow, toCard, type ArticleCard, type CategoryBlock } from './articles';
import { cacheTags } from './cache-tags';

// The editor-set parts of the home page (issue 18): pinned "Tin nổi bật", the "Thông báo" strip
// and the category blocks. Cached reads return the rows with their dates; the page keeps those
// current at request time (activeAt), so an end date passing needs no cache expiry.

export const FEATURED_MAX = 5;

export interface PinnedArticle extends ArticleCard {
  endsAt: Date | null;
}

/** Pinned public articles in the editors' order, with their end dates. */
export async function pinnedArticles(): Promise<PinnedArticle[]> {
  'use cache';
  cacheTag(cacheTags.featured, cacheTags.articles);
  const rows = await prisma.featuredArticle.findMany({
    where: { article: publishedNow(new Date()) },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    take: FEATURED_MAX * 3,
    select: { endsAt: true, article: { select: articleCardSelect } },
  });
  return rows.map((row) => ({ ...toCard(row.article), endsAt: row.endsAt }));
}

/** Those still pinned at `now` (at most FEATURED_MAX). */
export function activePinned(pinned: readonly PinnedArticle[], now = new Date()): PinnedArticle[] {
  return pinned.filter((item) => !item.endsAt || item.endsAt > now).slice(0, FEATURED_MAX);
}

export interface PublicNotice {
  id: string;
  text: string;
  url: string;
  startsAt: Date;
  endsAt: Date | null;
}

/** Notices not yet ended (the page shows those already started). */
export async function upcomingNotices(): Promise<PublicNotice[]> {
  'use cache';
  cacheTag(cacheTags.notices);
  return prisma.siteNotice.findMany({
    where: { OR: [{ endsAt: null }, { endsAt: { gt: new Date() } }] },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    take: 20,
    select: { id: true, text: true, url: true, startsAt: true, endsAt: true },
  });
}

export function activeNotices(notices: readonly PublicNotice[], now = new Date()): PublicNotice[] {
  return notices.filter((notice) => notice.startsAt <= now && (!notice.endsAt || notice.endsAt > now));
}

/**
 * The home page's category blocks as set in the admin (order, item count); with none set, every
 * category with its newest `fallbackCount` articles.
 */
export async function homeCategoryBlocks(fallbackCount: number): Promise<CategoryBlock[]> {
  'use cache';
  cacheTag(cacheTags.homeBlocks, cacheTags.articles, cacheTags.categories);
  const configured = await prisma.homeBlock.findMany({
    orderBy: [{ position: 'asc' }],
    select: { itemCount: true, category: { select: { id: true, name: true, slug: true } } },
  });
  if (configured.length === 0) return categoryBlocks(fallbackCount);
  const now = new Date();
  const blocks = await Promise.all(
    configured.map(async ({ itemCount, category }) => {
      const rows = await prisma.article.findMany({
        where: { ...publishedNow(now), categoryId: category.id },
        orderBy: NEWEST_FIRST,
        take: itemCount,
        select: articleCardSelect,
      });
      return { ...category, articles: rows.map(toCard) };
    }),
  );
  return blocks.filter((block) => block.articles.length > 0);
}
