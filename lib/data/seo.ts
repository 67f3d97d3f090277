import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { publicMediaSelect, toPublicMedia, type PublicMedia } from './media-dto';

// The search and sharing fields of public articles and pages (issue 18), with the start of the
// body text for a description when neither the editor nor the summary gave one.

export interface PublicSeo {
  metaTitle: string;
  description: string;
  image: PublicMedia | null;
  noindex: boolean;
  /** The first few hundred characters of the body's plain text. */
  bodyStart: string;
}

const seoSelect = { metaTitle: true, description: true, noindex: true, image: { select: publicMediaSelect } } as const;
const BODY_START = 400;

type SeoRow = { metaTitle: string; description: string; noindex: boolean; image: Parameters<typeof toPublicMedia>[0] | null } | null;

function toPublicSeo(seo: SeoRow, bodyText: string): PublicSeo {
  return {
    metaTitle: seo?.metaTitle ?? '',
    description: seo?.description ?? '',
    noindex: seo?.noindex ?? false,
    image: seo?.image ? toPublicMedia(seo.image) : null,
    bodyStart: bodyText.slice(0, BODY_START),
  };
}

export async function articleSeo(articleId: string): Promise<PublicSeo> {
  'use cache';
  cacheTag(cacheTags.article(articleId));
  const row = await prisma.article.findUnique({ where: { id: articleId }, select: { bodyText: true, seo: { select: seoSelect } } });
  return toPublicSeo(row?.seo ?? null, row?.bodyText ?? '');
}

export async function pageSeo(pageId: string): Promise<PublicSeo> {
  'use cache';
  cacheTag(cacheTags.pages);
  const row = await prisma.page.findUnique({ where: { id: pageId }, select: { bodyText: true, seo: { select: seoSelect } } });
  return toPublicSeo(row?.seo ?? null, row?.bodyText ?? '');
}
