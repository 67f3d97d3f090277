import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';

export interface PublicPage {
  id: string;
  title: string;
  slug: string;
  bodyHtml: string;
  bodyText: string;
  updatedAt: Date;
}

/** A published static page (Giới thiệu, Liên hệ…) or null. */
export async function publishedPageBySlug(slug: string): Promise<PublicPage | null> {
  'use cache';
  cacheTag(cacheTags.pages, cacheTags.page(slug));
  return prisma.page.findFirst({
    where: { slug, published: true },
    select: { id: true, title: true, slug: true, bodyHtml: true, bodyText: true, updatedAt: true },
  });
}

export async function publishedPageSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  'use cache';
  cacheTag(cacheTags.pages);
  return prisma.page.findMany({
    where: { published: true },
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
    select: { slug: true, updatedAt: true },
  });
}
