import 'server-only';
import { prisma } from '@/lib/db';
import { isPermutation } from '@/lib/ordering/move';
import type { HomeBlocksInput, NoticeInput } from '@/lib/validation/newsroom-home';
import { recordAudit, type AuditActor } from './audit';

// The editor-set parts of the home page (issue 18): pinned "Tin nổi bật", "Thông báo" notices
// and the category blocks. Every write is audited in the same transaction.

export interface AdminFeatured {
  id: string;
  name: string;
  articleId: string;
  slug: string;
  status: string;
  endsAt: Date | null;
}

export async function listFeatured(): Promise<AdminFeatured[]> {
  const rows = await prisma.featuredArticle.findMany({
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, articleId: true, endsAt: true, article: { select: { title: true, slug: true, status: true, deletedAt: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.article.title,
    articleId: row.articleId,
    slug: row.article.slug,
    status: row.article.deletedAt ? 'TRASHED' : row.article.status,
    endsAt: row.endsAt,
  }));
}

/** Public or scheduled articles an editor may pin, newest first, matching what they typed. */
export async function pinCandidates(typed: string, limit = 20): Promise<{ id: string; title: string }[]> {
  const text = typed.trim();
  return prisma.article.findMany({
    where: { status: { in: ['PUBLISHED', 'SCHEDULED'] }, deletedAt: null, featured: null, ...(text ? { title: { contains: text, mode: 'insensitive' } } : {}) },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: limit,
    select: { id: true, title: true },
  });
}

export type PinResult = { ok: true; title: string } | { ok: false; reason: 'not-found' | 'not-public' };

/** Pins an article (at the end of the list), or changes the end date of one already pinned. */
export async function pinArticle(articleId: string, endsAt: Date | null, actor: AuditActor): Promise<PinResult> {
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { title: true, status: true } });
    if (!article) return { ok: false as const, reason: 'not-found' as const };
    if (article.status !== 'PUBLISHED' && article.status !== 'SCHEDULED') return { ok: false as const, reason: 'not-public' as const };
    const last = await tx.featuredArticle.aggregate({ _max: { position: true } });
    await tx.featuredArticle.upsert({
      where: { articleId },
      create: { articleId, endsAt, position: (last._max.position ?? -1) + 1 },
      update: { endsAt },
    });
    await recordAudit({ actor, action: 'article.pin', entityType: 'Article', entityId: articleId, summary: { endsAt: endsAt?.toISOString() ?? null } }, tx);
    return { ok: true as const, title: article.title };
  });
}

export async function unpinArticle(featuredId: string, actor: AuditActor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.featuredArticle.findUnique({ where: { id: featuredId }, select: { articleId: true } });
    if (!row) return false;
    await tx.featuredArticle.delete({ where: { id: featuredId } });
    await recordAudit({ actor, action: 'article.unpin', entityType: 'Article', entityId: row.articleId }, tx);
    return true;
  });
}

export async function reorderFeatured(ids: readonly string[], actor: AuditActor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const current = (await tx.featuredArticle.findMany({ orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { id: true } })).map((row) => row.id);
    if (!isPermutation(current, ids)) return false;
    for (const [position, id] of ids.entries()) await tx.featuredArticle.update({ where: { id }, data: { position } });
    await recordAudit({ actor, action: 'featured.reorder', entityType: 'FeaturedArticle', summary: { order: [...ids] } }, tx);
    return true;
  });
}

export interface AdminNotice {
  id: string;
  text: string;
  url: string;
  startsAt: Date;
  endsAt: Date | null;
}

export async function listNotices(): Promise<AdminNotice[]> {
  return prisma.siteNotice.findMany({
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    select: { id: true, text: true, url: true, startsAt: true, endsAt: true },
  });
}

export async function createNotice(input: NoticeInput, actor: AuditActor): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const notice = await tx.siteNotice.create({ data: input, select: { id: true } });
    await recordAudit({ actor, action: 'notice.create', entityType: 'SiteNotice', entityId: notice.id, summary: { text: input.text } }, tx);
    return notice.id;
  });
}

export async function updateNotice(id: string, input: NoticeInput, actor: AuditActor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.siteNotice.updateMany({ where: { id }, data: input });
    if (count === 0) return false;
    await recordAudit({ actor, action: 'notice.update', entityType: 'SiteNotice', entityId: id, summary: { text: input.text } }, tx);
    return true;
  });
}

export async function deleteNotice(id: string, actor: AuditActor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.siteNotice.deleteMany({ where: { id } });
    if (count === 0) return false;
    await recordAudit({ actor, action: 'notice.delete', entityType: 'SiteNotice', entityId: id }, tx);
    return true;
  });
}

export interface AdminHomeBlock {
  categoryId: string;
  name: string;
  itemCount: number;
}

export async function listHomeBlocks(): Promise<AdminHomeBlock[]> {
  const rows = await prisma.homeBlock.findMany({
    orderBy: { position: 'asc' },
    select: { categoryId: true, itemCount: true, category: { select: { name: true } } },
  });
  return rows.map((row) => ({ categoryId: row.categoryId, itemCount: row.itemCount, name: row.category.name }));
}

/** Replaces the home page's blocks; false (nothing changed) when a category no longer exists. */
export async function saveHomeBlocks(blocks: HomeBlocksInput['blocks'], actor: AuditActor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const ids = blocks.map((block) => block.categoryId);
    if ((await tx.category.count({ where: { id: { in: ids } } })) !== ids.length) return false;
    await tx.homeBlock.deleteMany();
    if (blocks.length > 0) await tx.homeBlock.createMany({ data: blocks.map((block, position) => ({ ...block, position })) });
    await recordAudit({ actor, action: 'homeBlocks.update', entityType: 'HomeBlock', summary: { blocks } }, tx);
    return true;
  });
}
