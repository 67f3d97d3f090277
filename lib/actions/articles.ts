'use server';

import { forbidden } from 'next/navigation';
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requirePermission, type SessionUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { InvalidContentError, parseDocument } from '@/lib/content/render';
import { slugify } from '@/lib/content/slugify';
import { createArticle, saveArticle, type ArticleFields, type SaveArticleResult } from '@/lib/data/staff/articles';
import { notifyAuthor, notifyReviewRequested } from '@/lib/data/staff/notifications';
import { changeArticleStatus, purgeArticles, restoreArticles, trashArticles, type ChangedArticles } from '@/lib/data/staff/article-workflow';
import { discardAutosaves, restoreRevision, saveAutosave } from '@/lib/data/staff/article-revisions';
import { recordAudit } from '@/lib/data/staff/audit';
import { articleAutosaveSchema, idListSchema, saveArticleSchema, SAVE_INTENTS, type SaveIntent } from '@/lib/validation/article';
import { normalizeBody } from '@/lib/validation/rich-text';
import { hoChiMinhLocalToUtc } from '@/lib/validation/schedule-time';
import { failure, success, type ActionResult } from './action-result';
import type { ArticleAutosaved, ArticleSaved } from './article-results';
import { defineAction } from './define-action';

// Article editor actions: authorize → validate (zod + schema walk) → DAL (scoped by author for
// authors, optimistic-locked, audited) → invalidate whatever readers can see.

const INTENT_PERMISSION: Record<SaveIntent, Permission> = {
  save: 'article.editOwn',
  submit: 'article.submitForReview',
  publish: 'article.publish',
  schedule: 'article.schedule',
};

const INTENT_AUDIT: Record<SaveIntent, string> = { save: 'article.update', submit: 'article.submit', publish: 'article.publish', schedule: 'article.schedule' };

const INTENT_MESSAGE: Record<SaveIntent, string> = {
  save: 'Đã lưu bài viết.',
  submit: 'Đã gửi bài viết chờ duyệt.',
  publish: 'Đã xuất bản bài viết.',
  schedule: 'Đã hẹn giờ đăng bài viết.',
};

const PENDING_SAVED_MESSAGE = 'Đã lưu thay đổi. Bạn đọc vẫn thấy bản đã đăng cho tới khi bấm “Cập nhật bài”.';
const NOT_FOUND = 'Không tìm thấy bài viết, hoặc bạn không có quyền với bài viết này.';
const LOCKED = 'Bài viết này đã gửi duyệt hoặc đã đăng: chỉ biên tập viên được sửa tiếp.';
const INVALID = 'Vui lòng sửa các lỗi được đánh dấu.';

function intentOf(input: unknown): SaveIntent {
  const intent = (input as { intent?: unknown } | null)?.intent;
  return SAVE_INTENTS.find((value) => value === intent) ?? 'save';
}

/** Schema walk on top of zod: unknown node/mark types or bad nesting become a body error. */
function checkDocument(body: unknown): string | null {
  try {
    parseDocument(body);
    return null;
  } catch (error) {
    if (error instanceof InvalidContentError) return error.message;
    throw error;
  }
}

function refusal(result: Exclude<SaveArticleResult, { ok: true }>, slug: string): ActionResult<ArticleSaved> {
  switch (result.reason) {
    case 'slug-taken':
      return {
        ...failure<ArticleSaved>('Đường dẫn đã được dùng cho bài viết khác.', {
          slug: [`Đường dẫn "${slug}" đã có bài viết khác dùng. Gợi ý: "${result.suggestion}".`],
        }),
        data: { slugSuggestion: result.suggestion },
      };
    case 'conflict':
      return {
        ...failure<ArticleSaved>(
          'Không lưu được: người khác đã lưu bài viết này sau khi bạn mở nó. Nội dung của bạn đã được giữ lại thành một phiên bản; hãy mở bản mới nhất để đối chiếu, hoặc sao chép nội dung của bạn.',
        ),
        data: { conflict: { revisionId: result.revisionId, currentVersion: result.currentVersion } },
      };
    case 'locked':
      return failure(LOCKED);
    case 'forbidden':
      return forbidden();
    default:
      return failure(NOT_FOUND);
  }
}

/**
 * The editor's save buttons. Its permission depends on the input (the intent, and whether the
 * article exists), so it checks before validating and keeps its entry in SERVER_ACTION_ACCESS;
 * the access-matrix test covers each variant.
 */
export async function saveArticleAction(_previous: unknown, input: unknown): Promise<ActionResult<ArticleSaved>> {
  const intent = intentOf(input);
  const hasId = typeof (input as { id?: unknown } | null)?.id === 'string';
  const user = await requirePermission(intent === 'save' && !hasId ? 'article.create' : INTENT_PERMISSION[intent]);
  const parsed = saveArticleSchema.safeParse(input);
  if (!parsed.success) return failure(INVALID, z.flattenError(parsed.error).fieldErrors);
  const documentError = checkDocument(parsed.data.body);
  if (documentError) return failure(INVALID, { body: [documentError] });

  const { id, version, scheduledAt, intent: _intent, body, ...rest } = parsed.data;
  const fields: ArticleFields = { ...rest, body: normalizeBody(body) as Prisma.InputJsonValue };
  const when = intent === 'schedule' ? hoChiMinhLocalToUtc(scheduledAt ?? '') : null;
  const result = id ? await saveArticle(user, id, version ?? 0, fields, intent, when) : await createArticle(user, fields, intent, when);
  if (!result.ok) {
    if (result.reason === 'conflict' && id) {
      await recordAudit({ actor: user, action: 'article.saveConflict', entityType: 'Article', entityId: id, summary: { keptAsRevision: result.revisionId } });
    }
    return refusal(result, fields.slug);
  }
  invalidatePublicContent(result.tags);
  await recordAudit({
    actor: user,
    action: id ? INTENT_AUDIT[intent] : 'article.create',
    entityType: 'Article',
    entityId: result.id,
    summary: { title: fields.title, status: result.status, ...(when ? { publishAt: when.toISOString() } : {}), ...(result.pending ? { pending: true } : {}) },
  });
  if (result.status === 'PENDING_REVIEW' && result.previousStatus !== 'PENDING_REVIEW') {
    await notifyReviewRequested({ id: result.id, title: fields.title }, user.id);
  }
  if (result.status === 'PUBLISHED' && result.previousStatus !== undefined && result.previousStatus !== 'PUBLISHED') {
    await notifyAuthor(result.id, 'ARTICLE_PUBLISHED', user.id);
  }
  const message = result.pending ? PENDING_SAVED_MESSAGE : INTENT_MESSAGE[intent];
  return success(message, { id: result.id, version: result.version, status: result.status, pending: result.pending ?? false });
}

async function createDraftForAutosave(user: SessionUser, input: z.output<typeof articleAutosaveSchema>): Promise<ActionResult<ArticleAutosaved>> {
  await requirePermission('article.create');
  const title = input.title.trim();
  if (!title) return failure('Chưa tự lưu: bài viết mới cần có tiêu đề.');
  const base = slugify(title) || 'bai-viet';
  const fields: ArticleFields = {
    title,
    slug: base,
    summary: input.summary.trim(),
    byline: input.byline.trim(),
    categoryId: input.categoryId,
    coverMediaId: input.coverMediaId,
    body: normalizeBody(input.body) as Prisma.InputJsonValue,
  };
  let slug = base;
  let result = await createArticle(user, fields, 'save');
  if (!result.ok && result.reason === 'slug-taken') {
    slug = result.suggestion;
    result = await createArticle(user, { ...fields, slug }, 'save');
  }
  if (!result.ok) return failure(NOT_FOUND);
  await recordAudit({ actor: user, action: 'article.create', entityType: 'Article', entityId: result.id, summary: { title, autosave: true } });
  return success('Đã tự lưu bản nháp.', { id: result.id, version: result.version, slug, created: true });
}

/**
 * The editor's one autosave path (a few seconds after typing stops, when the tab is hidden,
 * and right before "Xem trước"): keeps the text as the actor's autosave revision without
 * bumping the version; the first autosave of a new article creates its draft.
 */
export const autosaveArticleAction = defineAction(
  { permission: 'article.editOwn', schema: articleAutosaveSchema, invalidMessage: 'Chưa tự lưu được: nội dung không hợp lệ.' },
  async (input, { user }): Promise<ActionResult<ArticleAutosaved>> => {
    const documentError = checkDocument(input.body);
    if (documentError) return failure(`Chưa tự lưu được: ${documentError}`, { body: [documentError] });
    if (!input.id) return createDraftForAutosave(user, input);
    const saved = await saveAutosave(user, input.id, {
      version: input.version ?? 1,
      title: input.title,
      summary: input.summary,
      body: normalizeBody(input.body) as Prisma.InputJsonValue,
    });
    if (!saved) return failure(NOT_FOUND);
    return success('Đã tự lưu.', { id: input.id, version: input.version ?? 1, created: false });
  },
);

export const discardAutosaveAction = defineAction(
  { permission: 'article.editOwn', schema: z.uuid(), invalidMessage: NOT_FOUND },
  async (articleId, { user }) => {
    await discardAutosaves(user, articleId);
    return success('Đã bỏ bản tự lưu.');
  },
);

// Unpublishing and archiving are both editors' rights; archiving is checked again by name.
export const changeArticleStatusAction = defineAction(
  { permission: 'article.unpublish', schema: z.object({ id: z.uuid(), to: z.enum(['DRAFT', 'ARCHIVED']) }), invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ id, to }, { user }) => {
    if (to === 'ARCHIVED') await requirePermission('article.archive');
    const changed = await changeArticleStatus(user, id, to);
    if (!changed) return failure(NOT_FOUND);
    invalidatePublicContent(changed.tags);
    await recordAudit({ actor: user, action: to === 'ARCHIVED' ? 'article.archive' : 'article.unpublish', entityType: 'Article', entityId: id });
    // Sent back from review: the author is told.
    if (to === 'DRAFT' && changed.from === 'PENDING_REVIEW') await notifyAuthor(id, 'ARTICLE_RETURNED', user.id);
    return success(to === 'ARCHIVED' ? 'Đã chuyển bài viết vào lưu trữ.' : 'Đã gỡ bài viết về bản nháp.');
  },
);

// A checkbox list decodes to a string for one id and an array for several.
const idsSchema = z.object({ ids: z.preprocess((value) => (value === undefined ? [] : [value].flat()), idListSchema) });

type BulkOperation = (user: SessionUser, ids: string[]) => Promise<ChangedArticles>;

function bulkAction(permission: Permission, operation: BulkOperation, audit: string, done: (count: number) => string) {
  return defineAction({ permission, schema: idsSchema, invalidMessage: 'Chọn ít nhất một bài viết.' }, async ({ ids }, { user }) => {
    const changed = await operation(user, ids);
    if (changed.ids.length === 0) return failure(NOT_FOUND);
    invalidatePublicContent(changed.tags);
    for (const id of changed.ids) await recordAudit({ actor: user, action: audit, entityType: 'Article', entityId: id });
    return success(done(changed.ids.length));
  });
}

export const trashArticlesAction = bulkAction('article.trash', trashArticles, 'article.trash', (n) => `Đã chuyển ${n} bài viết vào thùng rác.`);
export const restoreArticlesAction = bulkAction('article.restore', restoreArticles, 'article.restore', (n) => `Đã khôi phục ${n} bài viết.`);
export const purgeArticlesAction = bulkAction('article.purge', purgeArticles, 'article.delete', (n) => `Đã xoá vĩnh viễn ${n} bài viết.`);

export const restoreRevisionAction = defineAction(
  { permission: 'article.editOwn', schema: z.object({ revisionId: z.uuid() }), invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ revisionId }, { user }) => {
    const result = await restoreRevision(user, revisionId);
    if (!result.ok) return failure(result.reason === 'conflict' ? 'Bài viết vừa được người khác lưu; hãy thử lại.' : NOT_FOUND);
    invalidatePublicContent(result.tags);
    await recordAudit({ actor: user, action: 'article.restoreRevision', entityType: 'Article', entityId: result.articleId, summary: { revisionId } });
    return success('Đã khôi phục phiên bản; một phiên bản mới đã được tạo.');
  },
);
