import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { parseDocument } from '@/lib/content/render';
import { removeDiacritics } from '@/lib/content/slugify';
import { editableArticlesWhere, visibleArticlesWhere, type StaffActor } from './actor';
import { articleCacheTags } from './article-cache-tags';
import { isPublicStatus } from './articles';
import { parsePendingArticle, type PendingArticleContent } from './article-pending-content';
import { renderBody } from '../body-images';

// Revisions: every manual save, publish and restore, plus the editor's autosaves (which never
// bump the article's version). Reads and writes are scoped to what the actor may see/edit.

const AUTOSAVES_KEPT = 10;

const revisionSelect = {
  id: true,
  kind: true,
  title: true,
  version: true,
  note: true,
  createdAt: true,
  editor: { select: { name: true } },
} satisfies Prisma.ArticleRevisionSelect;
export type RevisionRow = Prisma.ArticleRevisionGetPayload<{ select: typeof revisionSelect }>;

export async function listRevisions(actor: StaffActor, articleId: string): Promise<RevisionRow[] | null> {
  const article = await prisma.article.findFirst({ where: { id: articleId, ...visibleArticlesWhere(actor) }, select: { id: true } });
  if (!article) return null;
  return prisma.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: revisionSelect,
  });
}

export async function getRevision(actor: StaffActor, revisionId: string) {
  return prisma.articleRevision.findFirst({
    where: { id: revisionId, article: visibleArticlesWhere(actor) },
    select: { ...revisionSelect, articleId: true, summary: true, body: true },
  });
}

const restoreBaseSelect = {
  version: true,
  status: true,
  slug: true,
  categoryId: true,
  title: true,
  summary: true,
  byline: true,
  coverMediaId: true,
  body: true,
  pendingContent: true,
} satisfies Prisma.ArticleSelect;
type RestoreBase = Prisma.ArticleGetPayload<{ select: typeof restoreBaseSelect }>;

/** The article's pending content (or its published fields) with a revision's text in it. */
function pendingWithText(article: RestoreBase, text: { title: string; summary: string; body: Prisma.JsonValue }): Prisma.InputJsonValue {
  const base: PendingArticleContent = parsePendingArticle(article.pendingContent) ?? {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    byline: article.byline,
    categoryId: article.categoryId,
    coverMediaId: article.coverMediaId,
    body: article.body as Record<string, unknown>,
  };
  return { ...base, title: text.title, summary: text.summary, body: text.body as Prisma.InputJsonObject };
}

export type RestoreResult = { ok: true; articleId: string; version: number; tags: string[] } | { ok: false; reason: 'not-found' | 'conflict' };

/** Puts a revision's title, summary and body back; the restore is itself a new revision. */
export async function restoreRevision(actor: StaffActor, revisionId: string): Promise<RestoreResult> {
  const revision = await prisma.articleRevision.findFirst({
    where: { id: revisionId, article: editableArticlesWhere(actor) },
    select: { articleId: true, title: true, summary: true, body: true, article: { select: restoreBaseSelect } },
  });
  if (!revision) return { ok: false, reason: 'not-found' };
  const body = revision.body as Prisma.InputJsonValue;
  const rendered = await renderBody(body);
  const expected = revision.article.version;
  // On a published article the restored text becomes its pending changes (issue 18).
  const pendingOnly = revision.article.status === 'PUBLISHED';
  const data: Prisma.ArticleUpdateManyMutationInput = pendingOnly
    ? { pendingContent: pendingWithText(revision.article, revision), pendingAt: new Date(), version: { increment: 1 } }
    : {
        title: revision.title,
        asciiTitle: removeDiacritics(revision.title),
        summary: revision.summary,
        body,
        bodyHtml: rendered.html,
        bodyText: rendered.text,
        version: { increment: 1 },
      };
  const restored = await prisma.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id: revision.articleId, version: expected, ...editableArticlesWhere(actor) }, data });
    if (count === 0) return false;
    await tx.articleRevision.create({
      data: {
        articleId: revision.articleId,
        editorId: actor.id,
        kind: 'RESTORE',
        title: revision.title,
        summary: revision.summary,
        body,
        version: expected + 1,
      },
    });
    return true;
  });
  if (!restored) return { ok: false, reason: 'conflict' };
  return {
    ok: true,
    articleId: revision.articleId,
    version: expected + 1,
    tags:
      !pendingOnly && isPublicStatus(revision.article.status)
        ? await articleCacheTags([{ id: revision.articleId, slug: revision.article.slug, categoryId: revision.article.categoryId }])
        : [],
  };
}

export interface AutosaveInput {
  version: number;
  title: string;
  summary: string;
  body: Prisma.InputJsonValue;
}

/** Keeps the editor's unsaved work; returns false when the actor may not edit the article. */
export async function saveAutosave(actor: StaffActor, articleId: string, input: AutosaveInput): Promise<boolean> {
  parseDocument(input.body);
  const article = await prisma.article.findFirst({ where: { id: articleId, ...editableArticlesWhere(actor) }, select: { id: true } });
  if (!article) return false;
  await prisma.articleRevision.create({
    data: { articleId, editorId: actor.id, kind: 'AUTOSAVE', title: input.title, summary: input.summary, body: input.body, version: input.version },
  });
  const stale = await prisma.articleRevision.findMany({
    where: { articleId, editorId: actor.id, kind: 'AUTOSAVE' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: AUTOSAVES_KEPT,
    select: { id: true },
  });
  if (stale.length > 0) await prisma.articleRevision.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  return true;
}

export interface PendingAutosave {
  id: string;
  title: string;
  summary: string;
  body: Prisma.JsonValue;
  createdAt: Date;
}

/** The actor's latest autosave when it is newer than the article's last real save. */
export async function pendingAutosave(actor: StaffActor, articleId: string): Promise<PendingAutosave | null> {
  const latest = await prisma.articleRevision.findFirst({
    where: { articleId, editorId: actor.id, kind: 'AUTOSAVE', article: visibleArticlesWhere(actor) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, title: true, summary: true, body: true, createdAt: true, article: { select: { updatedAt: true } } },
  });
  if (!latest || latest.createdAt <= latest.article.updatedAt) return null;
  return { id: latest.id, title: latest.title, summary: latest.summary, body: latest.body, createdAt: latest.createdAt };
}

export async function discardAutosaves(actor: StaffActor, articleId: string): Promise<void> {
  await prisma.articleRevision.deleteMany({ where: { articleId, editorId: actor.id, kind: 'AUTOSAVE', article: visibleArticlesWhere(actor) } });
}
