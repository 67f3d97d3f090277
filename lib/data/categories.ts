import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';

export interface CategoryLink {
  id: string;
  name: string;
  slug: string;
  description: string;
  updatedAt: Date;
}

const categorySelect = { id: true, name: true, slug: true, description: true, updatedAt: true } as const;

/** All news categories in their menu order. */
export async function newsCategories(): Promise<CategoryLink[]> {
  'use cache';
  cacheTag(cacheTags.categories);
  return prisma.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: categorySelect });
}

export async function categoryBySlug(slug: string): Promise<CategoryLink | null> {
  'use cache';
  cacheTag(cacheTags.categories, cacheTags.category(slug));
  return prisma.category.findUnique({ where: { slug }, select: categorySelect });
}
