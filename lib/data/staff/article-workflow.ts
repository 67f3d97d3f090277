import 'server-only';
import type { ArticleStatus } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { visibleArticlesWhere, type StaffActor } from './actor';
import { articleCacheTags } from './article-cache-tags';
import { isPublicStatus } from './articles';

// Status changes that don't touch the content (unpublish, archive, trash, restore, purge).
// Each bumps the version, so an editor still holding the old version gets a conflict instead
// of silently undoing the change.

export const TRASH_RETENTION_DAYS = 30;

export interface ChangedArticles {
  ids: string[];
  /** Public cache tags to invalidate: only for articles readers could see. */
  tags: string[];
  /** The status before the change (changeArticleStatus only), for notifications. */
  from?: ArticleStatus;
}

type Row = { id: string; slug: string; status: ArticleStatus; categoryId: string | null };

async function summarise(rows: Row[]): Promise<ChangedArticles> {
  return { ids: rows.map((row) => row.id), tags: await articleCacheTags(rows.filter((row) => isPublicStatus(row.status))) };
}

const rowSelect = { id: true, slug: true, status: true, categoryId: true } as const;

/** Unpublish / return to draft (→ DRAFT) or archive (→ ARCHIVED). */
export async function changeArticleStatus(actor: StaffActor, id: string, to: 'DRAFT' | 'ARCHIVED'): Promise<ChangedArticles | null> {
  const row = await prisma.$transaction(async (tx) => {
    const row = await tx.article.findFirst({ where: { id, deletedAt: null, ...visibleArticlesWhere(actor) }, select: rowSelect });
    if (!row) return null;
    // An article under review goes back to its author only with a note (article-review.ts).
    if (to === 'DRAFT' && row.status === 'PENDING_REVIEW') return null;
    const { count } = await tx.article.updateMany({
      where: { id, deletedAt: null, status: row.status, ...visibleArticlesWhere(actor) },
      data: { status: to, version: { increment: 1 } },
    });
    return count === 0 ? null : row;
  });
  return row ? { ...(await summarise([row])), from: row.status } : null;
}

export async function trashArticles(actor: StaffActor, ids: string[]): Promise<ChangedArticles> {
  const rows = await prisma.$transaction(async (tx) => {
    const where = { id: { in: ids }, deletedAt: null, ...visibleArticlesWhere(actor) };
    const rows = await tx.article.findMany({ where, select: rowSelect });
    await tx.article.updateMany({ where: { ...where, id: { in: rows.map((row) => row.id) } }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    return rows;
  });
  return summarise(rows);
}

export async function restoreArticles(actor: StaffActor, ids: string[]): Promise<ChangedArticles> {
  const rows = await prisma.$transaction(async (tx) => {
    const where = { id: { in: ids }, deletedAt: { not: null }, ...visibleArticlesWhere(actor) };
    const rows = await tx.article.findMany({ where, select: rowSelect });
    await tx.article.updateMany({ where: { ...where, id: { in: rows.map((row) => row.id) } }, data: { deletedAt: null, version: { increment: 1 } } });
    return rows;
  });
  return summarise(rows);
}

/** Deletes trashed articles for good (only what is already in the trash). */
export async function purgeArticles(actor: StaffActor, ids: string[]): Promise<ChangedArticles> {
  const rows = await prisma.$transaction(async (tx) => {
    const where = { id: { in: ids }, deletedAt: { not: null }, ...visibleArticlesWhere(actor) };
    const rows = await tx.article.findMany({ where, select: rowSelect });
    await tx.article.deleteMany({ where: { id: { in: rows.map((row) => row.id) }, deletedAt: { not: null } } });
    return rows;
  });
  return summarise(rows);
}

/** Empties what has sat in the trash longer than the retention period (run lazily). */
export async function purgeExpiredTrash(now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - TRASH_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const rows = await prisma.article.findMany({ where: { deletedAt: { lt: cutoff } }, select: { id: true } });
  if (rows.length === 0) return [];
  await prisma.article.deleteMany({ where: { id: { in: rows.map((row) => row.id) }, deletedAt: { lt: cutoff } } });
  return rows.map((row) => row.id);
}
