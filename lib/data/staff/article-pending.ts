import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { editableArticlesWhere, visibleArticlesWhere, type StaffActor } from './actor';
import { parsePendingArticle, type PendingArticleContent } from './article-pending-content';
import { saveArticle, type ArticleFields, type SaveArticleResult } from './articles';

// Pending changes of a published article (issue 18): saveArticle keeps a plain save of a
// PUBLISHED article in `pending_content`; these publish it ("Cập nhật bài") or discard it. Both
// are optimistic-locked on the same version as every other save.

export { parsePendingArticle, type PendingArticleContent };

export type PendingChangeResult = SaveArticleResult | { ok: false; reason: 'no-pending' };

/** Publishes the stored pending content: the same path as "Cập nhật bài" with that content. */
export async function publishPendingArticle(actor: StaffActor, id: string, expectedVersion: number): Promise<PendingChangeResult> {
  const article = await prisma.article.findFirst({
    where: { id, ...visibleArticlesWhere(actor) },
    select: { pendingContent: true, status: true, version: true },
  });
  if (!article) return { ok: false, reason: 'not-found' };
  const pending = parsePendingArticle(article.pendingContent);
  if (!pending || article.status !== 'PUBLISHED') {
    return article.version === expectedVersion ? { ok: false, reason: 'no-pending' } : { ok: false, reason: 'locked' };
  }
  const fields: ArticleFields = { ...pending, body: pending.body as Prisma.InputJsonValue };
  return saveArticle(actor, id, expectedVersion, fields, 'publish');
}

export type DiscardResult = { ok: true; version: number } | { ok: false; reason: 'not-found' | 'no-pending' | 'conflict' };

/** Drops the pending content; readers never saw it, so no cache changes. */
export async function discardPendingArticle(actor: StaffActor, id: string, expectedVersion: number): Promise<DiscardResult> {
  const { count } = await prisma.article.updateMany({
    where: { id, version: expectedVersion, pendingAt: { not: null }, ...editableArticlesWhere(actor) },
    data: { pendingContent: Prisma.DbNull, pendingAt: null, version: { increment: 1 } },
  });
  if (count === 1) return { ok: true, version: expectedVersion + 1 };
  const current = await prisma.article.findFirst({ where: { id, ...editableArticlesWhere(actor) }, select: { version: true, pendingAt: true } });
  if (!current) return { ok: false, reason: 'not-found' };
  return current.version !== expectedVersion ? { ok: false, reason: 'conflict' } : { ok: false, reason: 'no-pending' };
}
