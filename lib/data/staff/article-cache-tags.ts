import 'server-only';
import { prisma } from '@/lib/db';
import { cacheTags } from '../cache-tags';

export interface ArticleRef {
  id: string;
  slug?: string | null;
  categoryId?: string | null;
}

/**
 * Every public cache tag that shows these articles (lists, feeds, the article by id and by
 * slug, its category pages), before and after a change: pass both snapshots.
 */
export async function articleCacheTags(refs: ArticleRef[]): Promise<string[]> {
  if (refs.length === 0) return [];
  const categoryIds = [...new Set(refs.map((ref) => ref.categoryId).filter((id): id is string => !!id))];
  const categories = categoryIds.length ? await prisma.category.findMany({ where: { id: { in: categoryIds } }, select: { slug: true } }) : [];
  return [
    ...new Set([
      cacheTags.articles,
      cacheTags.categories,
      ...refs.map((ref) => cacheTags.article(ref.id)),
      ...refs
        .map((ref) => ref.slug)
        .filter((slug): slug is string => !!slug)
        .map(cacheTags.articleSlug),
      ...categories.map((category) => cacheTags.category(category.slug)),
    ]),
  ];
}
