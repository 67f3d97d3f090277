import 'server-only';
import { prisma } from '@/lib/db';

// Slugs are unique among articles; a clash comes with the first free "-2", "-3"… suggestion.

export async function articleSlugTaken(slug: string, exceptId?: string): Promise<boolean> {
  const row = await prisma.article.findFirst({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return row !== null;
}

export async function suggestArticleSlug(slug: string, exceptId?: string): Promise<string> {
  const base = slug.replace(/-\d+$/, '') || 'bai-viet';
  const rows = await prisma.article.findMany({
    where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { slug: true },
  });
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
