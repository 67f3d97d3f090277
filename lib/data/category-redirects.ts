import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';

/**
 * The current slug of the category that used to be at `oldSlug`, or null. Public category
 * pages call it when no category has the slug, and redirect permanently when it answers.
 */
export async function categorySlugRedirect(oldSlug: string): Promise<string | null> {
  'use cache';
  cacheTag(cacheTags.categories);
  const row = await prisma.categorySlugHistory.findUnique({ where: { slug: oldSlug }, select: { category: { select: { slug: true } } } });
  return row?.category.slug ?? null;
}
