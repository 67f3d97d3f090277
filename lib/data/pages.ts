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
  translationKey: string | null;
}

export type PageLocale = 'vi' | 'en';

/** A published static page (Giới thiệu, Liên hệ…) in one language (/<slug> is Vietnamese, /en/<slug> English) or null. */
export async function publishedPageBySlug(slug: string, locale: PageLocale = 'vi'): Promise<PublicPage | null> {
  'use cache';
  cacheTag(cacheTags.pages, cacheTags.page(slug));
  return prisma.page.findFirst({
    where: { slug, published: true, locale },
    select: { id: true, title: true, slug: true, bodyHtml: true, bodyText: true, updatedAt: true, translationKey: true },
  });
}

/** Public paths of a page's published language versions, e.g. { vi: '/gioi-thieu', en: '/en/introduction' }. */
export async function pageLanguagePaths(translationKey: string | null): Promise<Partial<Record<PageLocale, string>>> {
  'use cache';
  cacheTag(cacheTags.pages);
  if (!translationKey) return {};
  const rows = await prisma.page.findMany({ where: { translationKey, published: true }, select: { slug: true, locale: true }, orderBy: { sortOrder: 'asc' } });
  const paths: Partial<Record<PageLocale, string>> = {};
  for (const row of rows) {
    if (row.locale === 'vi') paths.vi ??= `/${row.slug}`;
    if (row.locale === 'en') paths.en ??= `/en/${row.slug}`;
  }
  return paths;
}

/** Published English pages for the /en menu, in staff order. */
export async function publishedEnglishPages(): Promise<{ slug: string; title: string; translationKey: string | null }[]> {
  'use cache';
  cacheTag(cacheTags.pages);
  return prisma.page.findMany({
    where: { published: true, locale: 'en' },
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
    select: { slug: true, title: true, translationKey: true },
  });
}

/** Published Vietnamese static pages with their titles, for the HTML sitemap (/so-do-trang). */
export async function publishedPageLinks(): Promise<{ slug: string; title: string }[]> {
  'use cache';
  cacheTag(cacheTags.pages);
  return prisma.page.findMany({
    where: { published: true, locale: 'vi' },
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
    select: { slug: true, title: true },
  });
}

export async function publishedPageSlugs(): Promise<{ slug: string; updatedAt: Date; locale: string }[]> {
  'use cache';
  cacheTag(cacheTags.pages);
  return prisma.page.findMany({
    // Pages marked noindex (issue 18 SEO fields) stay out of the sitemap.
    where: { published: true, NOT: { seo: { is: { noindex: true } } } },
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
    select: { slug: true, updatedAt: true, locale: true },
  });
}
