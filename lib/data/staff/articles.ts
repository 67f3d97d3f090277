import 'server-only';
import { Prisma, type ArticleStatus } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import type { RenderedContent } from '@/lib/content/render';
import { removeDiacritics } from '@/lib/content/slugify';
import type { ArticleListQuery, SaveIntent } from '@/lib/validation/article';
import { editableArticlesWhere, visibleArticlesWhere, type StaffActor } from './actor';
import { articleCacheTags } from './article-cache-tags';
import { articleSlugTaken, suggestArticleSlug } from './article-slugs';
import { renderBody } from '../body-images';

// The staff side of articles: list, open for editing, create and save with the editorial
// workflow. Saves are optimistic-locked in ONE statement (UPDATE … WHERE id AND version).

export const PAGE_SIZE = 20;
export const CONFLICT_NOTE = 'Bản lưu bị từ chối do xung đột: người khác đã lưu bài trước.';
const PUBLIC_STATUSES: ArticleStatus[] = ['PUBLISHED', 'SCHEDULED'];

export function isPublicStatus(status: ArticleStatus): boolean {
  return PUBLIC_STATUSES.includes(status);
}

const listSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true } },
  category: { select: { id: true, name: true } },
} satisfies Prisma.ArticleSelect;
export type StaffArticleRow = Prisma.ArticleGetPayload<{ select: typeof listSelect }>;

const ORDER: Record<ArticleListQuery['sapXep'], Prisma.ArticleOrderByWithRelationInput[]> = {
  'updated-desc': [{ updatedAt: 'desc' }, { id: 'desc' }],
  'updated-asc': [{ updatedAt: 'asc' }, { id: 'asc' }],
  'published-desc': [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
  'title-asc': [{ title: 'asc' }, { id: 'asc' }],
};
const TRASH_ORDER: Prisma.ArticleOrderByWithRelationInput[] = [{ deletedAt: 'desc' }, { id: 'desc' }];

/**
 * Counting stops this many articles past the current page: an exact count reads every matching
 * row, all 100,000 of them for the unfiltered list. Past that the list says "more than". A text
 * filter is checked on each row the count walks (a tenth may match), so it counts fewer ahead.
 */
export const COUNT_WINDOW = 1000;
export const TEXT_FILTER_COUNT_WINDOW = 200;

export interface StaffArticleList {
  rows: StaffArticleRow[];
  /** Matching articles, counted up to COUNT_WINDOW past this page. */
  total: number;
  /** More articles match than `total`. */
  more: boolean;
  pageCount: number;
}

export async function listArticlesForStaff(actor: StaffActor, query: ArticleListQuery, trash = false): Promise<StaffArticleList> {
  const text = query.q?.trim();
  const where: Prisma.ArticleWhereInput = {
    ...visibleArticlesWhere(actor),
    deletedAt: trash ? { not: null } : null,
    ...(query.trangThai ? { status: query.trangThai } : {}),
    ...(query.chuyenMuc ? { categoryId: query.chuyenMuc } : {}),
    ...(query.the ? { tags: { some: { tag: { slug: query.the } } } } : {}),
    ...(query.tacGia && can(actor.role, 'article.editAny') ? { authorId: query.tacGia } : {}),
    ...(text
      ? {
          OR: [
            { title: { contains: text, mode: 'insensitive' } },
            { asciiTitle: { contains: removeDiacritics(text), mode: 'insensitive' } },
            { slug: { contains: text.toLowerCase() } },
          ],
        }
      : {}),
  };
  const orderBy = trash ? TRASH_ORDER : ORDER[query.sapXep];
  const skip = (query.trang - 1) * PAGE_SIZE;
  const countWindow = text ? TEXT_FILTER_COUNT_WINDOW : COUNT_WINDOW;
  const [rows, counted] = await Promise.all([
    prisma.article.findMany({ where, orderBy, skip, take: PAGE_SIZE, select: listSelect }),
    // In the list's own order, so that the count walks the same index as the rows and stops.
    prisma.article.count({ where, orderBy, take: skip + countWindow + 1 }),
  ]);
  const more = counted > skip + countWindow;
  const total = Math.min(counted, skip + countWindow);
  return { rows, total, more, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

const editSelect = {
  id: true,
  title: true,
  slug: true,
  summary: true,
  byline: true,
  body: true,
  status: true,
  publishedAt: true,
  version: true,
  authorId: true,
  categoryId: true,
  coverMediaId: true,
  deletedAt: true,
  updatedAt: true,
  pendingContent: true,
  pendingAt: true,
  unpublishAt: true,
  author: { select: { name: true } },
  coverMedia: { select: { id: true, storageKey: true, altText: true } },
} satisfies Prisma.ArticleSelect;
export type ArticleForEditing = Prisma.ArticleGetPayload<{ select: typeof editSelect }>;

/** The article as the editor opens it, or null when the actor may not see it. */
export async function getArticleForEditing(actor: StaffActor, id: string): Promise<ArticleForEditing | null> {
  return prisma.article.findFirst({ where: { id, ...visibleArticlesWhere(actor) }, select: editSelect });
}

export function canEditContent(actor: StaffActor, article: { authorId: string; status: ArticleStatus; deletedAt: Date | null }): boolean {
  if (article.deletedAt) return false;
  return can(actor.role, 'article.editAny') || (article.authorId === actor.id && article.status === 'DRAFT');
}

export async function categoryOptions(): Promise<{ id: string; name: string }[]> {
  return prisma.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } });
}

export async function authorOptions(): Promise<{ id: string; name: string }[]> {
  return prisma.user.findMany({ where: { articles: { some: {} } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

export interface ArticleFields {
  title: string;
  slug: string;
  summary: string;
  categoryId: string | null;
  coverMediaId: string | null;
  byline: string;
  body: Prisma.InputJsonValue;
}

export type SaveArticleResult =
  // tags: the public cache tags to invalidate (empty when readers never saw nor will see it).
  // pending: the save of a published article was kept as its pending changes (readers keep
  // the published text until "Cập nhật bài").
  // previousStatus: what it was before this save (absent for a new article), for notifications.
  | { ok: true; id: string; version: number; status: ArticleStatus; tags: string[]; pending?: boolean; previousStatus?: ArticleStatus }
  | { ok: false; reason: 'not-found' | 'locked' | 'forbidden' }
  | { ok: false; reason: 'slug-taken'; suggestion: string }
  | { ok: false; reason: 'conflict'; revisionId: string; currentVersion: number };

function contentData(fields: ArticleFields, rendered: RenderedContent) {
  return {
    title: fields.title,
    asciiTitle: removeDiacritics(fields.title),
    slug: fields.slug,
    summary: fields.summary,
    byline: fields.byline,
    categoryId: fields.categoryId,
    coverMediaId: fields.coverMediaId,
    body: fields.body,
    bodyHtml: rendered.html,
    bodyText: rendered.text,
  };
}

/** The revision note of a save kept as pending changes of a published article. */
export const PENDING_NOTE = 'Thay đổi chưa xuất bản (bạn đọc vẫn thấy bản đã đăng).';

const NO_PENDING = { pendingContent: Prisma.DbNull, pendingAt: null } as const;

// Stored in the shape of PendingArticleContent (article-pending-content.ts).
function pendingData(fields: ArticleFields): Prisma.ArticleUpdateManyMutationInput {
  const { title, slug, summary, byline, categoryId, coverMediaId, body } = fields;
  return { pendingContent: { title, slug, summary, byline, categoryId, coverMediaId, body }, pendingAt: new Date() };
}

function intentAllowed(actor: StaffActor, intent: SaveIntent): boolean {
  if (intent === 'publish') return can(actor.role, 'article.publish');
  if (intent === 'schedule') return can(actor.role, 'article.schedule');
  if (intent === 'submit') return can(actor.role, 'article.submitForReview');
  return true;
}

function nextState(
  intent: SaveIntent,
  current: { status: ArticleStatus; publishedAt: Date | null },
  scheduledAt: Date | null,
): { status: ArticleStatus; publishedAt: Date | null } {
  switch (intent) {
    case 'submit':
      return { status: 'PENDING_REVIEW', publishedAt: current.publishedAt };
    case 'publish':
      // Re-publishing keeps the original date; a first publication (or a schedule moved
      // forward) goes out now.
      return { status: 'PUBLISHED', publishedAt: current.status === 'PUBLISHED' && current.publishedAt ? current.publishedAt : new Date() };
    case 'schedule':
      return { status: 'SCHEDULED', publishedAt: scheduledAt };
    default:
      return current;
  }
}

export async function createArticle(actor: StaffActor, fields: ArticleFields, intent: SaveIntent, scheduledAt: Date | null = null): Promise<SaveArticleResult> {
  if (!intentAllowed(actor, intent)) return { ok: false, reason: 'forbidden' };
  if (await articleSlugTaken(fields.slug)) return { ok: false, reason: 'slug-taken', suggestion: await suggestArticleSlug(fields.slug) };
  const state = nextState(intent, { status: 'DRAFT', publishedAt: null }, scheduledAt);
  const rendered = await renderBody(fields.body);
  const article = await prisma.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: { ...contentData(fields, rendered), ...state, authorId: actor.id },
      select: { id: true, version: true, status: true },
    });
    await tx.articleRevision.create({
      data: {
        articleId: created.id,
        editorId: actor.id,
        kind: intent === 'publish' || intent === 'schedule' ? 'PUBLISH' : 'MANUAL',
        title: fields.title,
        summary: fields.summary,
        body: fields.body,
        version: created.version,
      },
    });
    return created;
  });
  return {
    ok: true,
    id: article.id,
    version: article.version,
    status: article.status,
    tags: isPublicStatus(article.status) ? await articleCacheTags([{ id: article.id, slug: fields.slug, categoryId: fields.categoryId }]) : [],
  };
}

/**
 * Saves the editor's content over `expectedVersion`. The version check and the write are one
 * statement; when someone saved in between, nothing is overwritten and the caller's text is
 * kept as a revision marked with CONFLICT_NOTE.
 */
export async function saveArticle(
  actor: StaffActor,
  id: string,
  expectedVersion: number,
  fields: ArticleFields,
  intent: SaveIntent,
  scheduledAt: Date | null = null,
): Promise<SaveArticleResult> {
  if (!intentAllowed(actor, intent)) return { ok: false, reason: 'forbidden' };
  const current = await prisma.article.findFirst({
    where: { id, ...visibleArticlesWhere(actor) },
    select: { status: true, publishedAt: true, slug: true, categoryId: true, authorId: true, deletedAt: true, version: true },
  });
  if (!current) return { ok: false, reason: 'not-found' };
  if (!canEditContent(actor, current)) return { ok: false, reason: 'locked' };
  if (await articleSlugTaken(fields.slug, id)) return { ok: false, reason: 'slug-taken', suggestion: await suggestArticleSlug(fields.slug, id) };

  const state = nextState(intent, current, scheduledAt);
  const rendered = await renderBody(fields.body);
  // A plain save of a published article changes only its pending content: readers keep the
  // published columns. Any other save writes the article itself and clears what was pending.
  const pendingOnly = current.status === 'PUBLISHED' && intent === 'save';
  const data: Prisma.ArticleUpdateManyMutationInput = pendingOnly
    ? { ...pendingData(fields), version: { increment: 1 } }
    : { ...contentData(fields, rendered), ...state, ...NO_PENDING, version: { increment: 1 } };
  const result = await prisma.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id, version: expectedVersion, ...editableArticlesWhere(actor) }, data });
    if (count === 0) return null;
    const version = expectedVersion + 1;
    await tx.articleRevision.create({
      data: {
        articleId: id,
        editorId: actor.id,
        kind: intent === 'publish' || intent === 'schedule' ? 'PUBLISH' : 'MANUAL',
        title: fields.title,
        summary: fields.summary,
        body: fields.body,
        version,
        note: pendingOnly ? PENDING_NOTE : '',
      },
    });
    if (!pendingOnly && current.slug !== fields.slug) {
      // Old addresses of a published article keep working (the portal redirects them).
      if (current.publishedAt) {
        await tx.articleSlugHistory.upsert({ where: { slug: current.slug }, create: { slug: current.slug, articleId: id }, update: { articleId: id } });
      }
      await tx.articleSlugHistory.deleteMany({ where: { slug: fields.slug } });
    }
    return version;
  });

  if (result === null) {
    const latest = await prisma.article.findFirst({
      where: { id, ...visibleArticlesWhere(actor) },
      select: { version: true, status: true, authorId: true, deletedAt: true },
    });
    if (!latest) return { ok: false, reason: 'not-found' };
    if (latest.version === expectedVersion) return { ok: false, reason: 'locked' };
    const revision = await prisma.articleRevision.create({
      data: {
        articleId: id,
        editorId: actor.id,
        kind: 'MANUAL',
        title: fields.title,
        summary: fields.summary,
        body: fields.body,
        version: expectedVersion,
        note: CONFLICT_NOTE,
      },
      select: { id: true },
    });
    return { ok: false, reason: 'conflict', revisionId: revision.id, currentVersion: latest.version };
  }
  if (pendingOnly) return { ok: true, id, version: result, status: current.status, tags: [], pending: true };
  return {
    ok: true,
    id,
    version: result,
    status: state.status,
    previousStatus: current.status,
    tags:
      isPublicStatus(current.status) || isPublicStatus(state.status)
        ? await articleCacheTags([
            { id, slug: current.slug, categoryId: current.categoryId },
            { id, slug: fields.slug, categoryId: fields.categoryId },
          ])
        : [],
  };
}
