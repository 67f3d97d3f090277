import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { slugify } from '@/lib/content/slugify';
import { isPermutation } from '@/lib/ordering/move';
import type { CategoryInput } from '@/lib/validation/categories';
import { recordAudit } from './audit';

export interface AdminCategory {
  id: string;
  name: string;
  slug: string;
  description: string;
  sortOrder: number;
  articleCount: number;
}

export type CategoryWriteResult =
  | { ok: true; category: { id: string; name: string; slug: string } }
  | { ok: false; reason: 'slug-taken'; slug: string; suggestion: string }
  | { ok: false; reason: 'empty-slug' }
  | { ok: false; reason: 'not-found' };

const order = [{ sortOrder: 'asc' as const }, { name: 'asc' as const }];

export async function listCategories(): Promise<AdminCategory[]> {
  const rows = await prisma.category.findMany({
    orderBy: order,
    select: { id: true, name: true, slug: true, description: true, sortOrder: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...category }) => ({ ...category, articleCount: _count.articles }));
}

/** The first of slug-2, slug-3, … that no other category uses. */
async function suggestSlug(slug: string): Promise<string> {
  const taken = new Set((await prisma.category.findMany({ where: { slug: { startsWith: slug } }, select: { slug: true } })).map((c) => c.slug));
  for (let n = 2; ; n += 1) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

async function slugClash(slug: string, exceptId?: string): Promise<CategoryWriteResult | null> {
  const other = await prisma.category.findFirst({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return other ? { ok: false, reason: 'slug-taken', slug, suggestion: await suggestSlug(slug) } : null;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export async function createCategory(input: CategoryInput, actor: SessionUser): Promise<CategoryWriteResult> {
  const slug = input.slug || slugify(input.name);
  if (!slug) return { ok: false, reason: 'empty-slug' };
  const clash = await slugClash(slug);
  if (clash) return clash;
  try {
    return await prisma.$transaction(async (tx) => {
      const last = await tx.category.aggregate({ _max: { sortOrder: true } });
      // A live slug wins over another category's old-slug redirect.
      await tx.categorySlugHistory.deleteMany({ where: { slug } });
      const category = await tx.category.create({
        data: { name: input.name, slug, description: input.description, sortOrder: (last._max.sortOrder ?? -1) + 1 },
        select: { id: true, name: true, slug: true },
      });
      await recordAudit({ actor, action: 'category.create', entityType: 'Category', entityId: category.id, summary: { name: input.name, slug } }, tx);
      return { ok: true as const, category };
    });
  } catch (error) {
    // A concurrent create took the slug between the check and the insert.
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken', slug, suggestion: await suggestSlug(slug) };
    throw error;
  }
}

export async function updateCategory(id: string, input: CategoryInput, actor: SessionUser): Promise<CategoryWriteResult> {
  const before = await prisma.category.findUnique({ where: { id }, select: { name: true, slug: true, description: true } });
  if (!before) return { ok: false, reason: 'not-found' };
  const slug = input.slug || slugify(input.name);
  if (!slug) return { ok: false, reason: 'empty-slug' };
  const clash = await slugClash(slug, id);
  if (clash) return clash;
  try {
    return await prisma.$transaction(async (tx) => {
      if (slug !== before.slug) {
        // The old address keeps working (redirect); the new one can't also be a redirect.
        await tx.categorySlugHistory.deleteMany({ where: { slug } });
        await tx.categorySlugHistory.upsert({ where: { slug: before.slug }, create: { slug: before.slug, categoryId: id }, update: { categoryId: id } });
      }
      const category = await tx.category.update({
        where: { id },
        data: { name: input.name, slug, description: input.description },
        select: { id: true, name: true, slug: true },
      });
      await recordAudit(
        {
          actor,
          action: 'category.update',
          entityType: 'Category',
          entityId: id,
          summary: { before, after: { name: input.name, slug, description: input.description } },
        },
        tx,
      );
      return { ok: true as const, category };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken', slug, suggestion: await suggestSlug(slug) };
    throw error;
  }
}

export type CategoryDeleteResult = { ok: true } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'not-empty'; articleCount: number };

/** Deletes only an empty category (no article at all, trashed ones included), atomically. */
export async function deleteCategory(id: string, actor: SessionUser): Promise<CategoryDeleteResult> {
  return prisma.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { id }, select: { name: true, slug: true } });
    if (!category) return { ok: false, reason: 'not-found' };
    // One statement: the emptiness check and the delete can't be split by a concurrent insert.
    const { count } = await tx.category.deleteMany({ where: { id, articles: { none: {} } } });
    if (count === 0) {
      return { ok: false, reason: 'not-empty', articleCount: await tx.article.count({ where: { categoryId: id } }) };
    }
    await recordAudit({ actor, action: 'category.delete', entityType: 'Category', entityId: id, summary: category }, tx);
    return { ok: true };
  });
}

export async function reorderCategories(ids: readonly string[], actor: SessionUser): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const current = (await tx.category.findMany({ select: { id: true }, orderBy: order })).map((c) => c.id);
    if (!isPermutation(current, ids)) return false;
    for (const [index, id] of ids.entries()) await tx.category.update({ where: { id }, data: { sortOrder: index } });
    await recordAudit({ actor, action: 'category.reorder', entityType: 'Category', summary: { order: [...ids] } }, tx);
    return true;
  });
}
