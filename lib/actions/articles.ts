'use server';

import { forbidden } from 'next/navigation';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requirePermission, type SessionUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { InvalidContentError, parseDocument } from '@/lib/content/render';
import { slugify } from '@/lib/content/slugify';
import { createArticle, saveArticle, type ArticleFields, type SaveArticleResult } from '@/lib/data/staff/articles';
import { changeArticleStatus, purgeArticles, restoreArticles, trashArticles, type ChangedArticles } from '@/lib/data/staff/article-workflow';
import { discardAutosaves, restoreRevision } from '@/lib/data/staff/article-revisions';
import { recordAudit } from '@/lib/data/staff/audit';
import { articleFieldsSchema, idListSchema, saveArticleSchema, SAVE_INTENTS, type SaveArticleInput, type SaveIntent } from '@/lib/validation/article';
import { normalizeBody } from '@/lib/validation/rich-text';
import { hoChiMinhLocalToUtc } from '@/lib/validation/schedule-time';
import type { ArticleFormState, BulkState } from './article-results';
import { asForm } from './form-input';

// Article editor actions: authorize (registry) → validate (zod + schema walk) → DAL (scoped by
// author for authors, optimistic-locked) → invalidatePublicContent for whatever readers can see → audit.

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

const NOT_FOUND = 'Không tìm thấy bài viết, hoặc bạn không có quyền với bài viết này.';
const LOCKED = 'Bài viết này đã gửi duyệt hoặc đã đăng: chỉ biên tập viên được sửa tiếp.';

function invalidate(tags: readonly string[]): void {
  invalidatePublicContent(tags);
}

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

function failure(result: Exclude<SaveArticleResult, { ok: true }>, slug: string): ArticleFormState {
  switch (result.reason) {
    case 'slug-taken':
      return {
        ok: false,
        message: 'Đường dẫn đã được dùng cho bài viết khác.',
        errors: { slug: [`Đường dẫn "${slug}" đã có bài viết khác dùng. Gợi ý: "${result.suggestion}".`] },
        slugSuggestion: result.suggestion,
      };
    case 'conflict':
      return {
        ok: false,
        message:
          'Không lưu được: người khác đã lưu bài viết này sau khi bạn mở nó. Nội dung của bạn đã được giữ lại thành một phiên bản; hãy mở bản mới nhất để đối chiếu, hoặc sao chép nội dung của bạn.',
        conflict: { revisionId: result.revisionId, currentVersion: result.currentVersion },
      };
    case 'locked':
      return { ok: false, message: LOCKED };
    case 'forbidden':
      return forbidden();
    default:
      return { ok: false, message: NOT_FOUND };
  }
}

export async function saveArticleAction(_previous: ArticleFormState, input: SaveArticleInput): Promise<ArticleFormState> {
  const intent = intentOf(input);
  const hasId = typeof (input as { id?: unknown } | null)?.id === 'string';
  const user = await requirePermission(intent === 'save' && !hasId ? 'article.create' : INTENT_PERMISSION[intent]);
  const parsed = saveArticleSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: 'Vui lòng sửa các lỗi được đánh dấu.', errors: z.flattenError(parsed.error).fieldErrors };
  }
  const documentError = checkDocument(parsed.data.body);
  if (documentError) return { ok: false, message: 'Vui lòng sửa các lỗi được đánh dấu.', errors: { body: [documentError] } };

  const { id, version, scheduledAt, intent: _intent, body, ...rest } = parsed.data;
  const fields: ArticleFields = { ...rest, body: normalizeBody(body) as Prisma.InputJsonValue };
  const when = intent === 'schedule' ? hoChiMinhLocalToUtc(scheduledAt ?? '') : null;
  const result = id ? await saveArticle(user, id, version ?? 0, fields, intent, when) : await createArticle(user, fields, intent, when);
  if (!result.ok) {
    if (result.reason === 'conflict' && id) {
      await recordAudit({ actor: user, action: 'article.saveConflict', entityType: 'Article', entityId: id, summary: { keptAsRevision: result.revisionId } });
    }
    return failure(result, fields.slug);
  }
  invalidate(result.tags);
  await recordAudit({
    actor: user,
    action: id ? INTENT_AUDIT[intent] : 'article.create',
    entityType: 'Article',
    entityId: result.id,
    summary: { title: fields.title, status: result.status, ...(when ? { publishAt: when.toISOString() } : {}) },
  });
  return { ok: true, message: INTENT_MESSAGE[intent], id: result.id, version: result.version, status: result.status };
}

const newDraftSchema = articleFieldsSchema.omit({ slug: true });

/**
 * The first autosave of a new article: creates a draft (with a free slug from the title) so
 * that later autosaves and the page-close beacon have an article to attach to.
 */
export async function createDraftFromAutosave(input: unknown): Promise<ArticleFormState> {
  const user = await requirePermission('article.create');
  const parsed = newDraftSchema.safeParse(input);
  if (!parsed.success || checkDocument(parsed.data.body)) return { ok: false };
  const base = slugify(parsed.data.title) || 'bai-viet';
  const fields: ArticleFields = { ...parsed.data, slug: base, body: normalizeBody(parsed.data.body) as Prisma.InputJsonValue };
  let result = await createArticle(user, fields, 'save');
  if (!result.ok && result.reason === 'slug-taken') result = await createArticle(user, { ...fields, slug: result.suggestion }, 'save');
  if (!result.ok) return { ok: false };
  await recordAudit({ actor: user, action: 'article.create', entityType: 'Article', entityId: result.id, summary: { title: fields.title, autosave: true } });
  return { ok: true, id: result.id, version: result.version, status: result.status };
}

export async function discardAutosaveAction(articleId: string): Promise<BulkState> {
  const user = await requirePermission('article.editOwn');
  if (!z.uuid().safeParse(articleId).success) return { ok: false, message: NOT_FOUND };
  await discardAutosaves(user, articleId);
  return { ok: true, message: 'Đã bỏ bản tự lưu.' };
}

const statusChangeSchema = z.object({ id: z.uuid(), to: z.enum(['DRAFT', 'ARCHIVED']) });

export async function changeArticleStatusAction(_previous: BulkState, submitted: FormData): Promise<BulkState> {
  const formData = asForm(submitted);
  const to = formData.get('to');
  const user = await requirePermission(to === 'ARCHIVED' ? 'article.archive' : 'article.unpublish');
  const parsed = statusChangeSchema.safeParse({ id: formData.get('id'), to });
  if (!parsed.success) return { ok: false, message: 'Yêu cầu không hợp lệ.' };
  const changed = await changeArticleStatus(user, parsed.data.id, parsed.data.to);
  if (!changed) return { ok: false, message: NOT_FOUND };
  invalidate(changed.tags);
  await recordAudit({ actor: user, action: to === 'ARCHIVED' ? 'article.archive' : 'article.unpublish', entityType: 'Article', entityId: parsed.data.id });
  return { ok: true, message: to === 'ARCHIVED' ? 'Đã chuyển bài viết vào lưu trữ.' : 'Đã gỡ bài viết về bản nháp.' };
}

type BulkOperation = (user: SessionUser, ids: string[]) => Promise<ChangedArticles>;

async function bulk(formData: FormData, permission: Permission, operation: BulkOperation, audit: string, done: (count: number) => string): Promise<BulkState> {
  const user = await requirePermission(permission);
  const parsed = idListSchema.safeParse(formData.getAll('ids'));
  if (!parsed.success) return { ok: false, message: 'Chọn ít nhất một bài viết.' };
  const changed = await operation(user, parsed.data);
  if (changed.ids.length === 0) return { ok: false, message: NOT_FOUND };
  invalidate(changed.tags);
  for (const id of changed.ids) await recordAudit({ actor: user, action: audit, entityType: 'Article', entityId: id });
  return { ok: true, message: done(changed.ids.length) };
}

export async function trashArticlesAction(_previous: BulkState, submitted: FormData): Promise<BulkState> {
  const formData = asForm(submitted);
  return bulk(formData, 'article.trash', trashArticles, 'article.trash', (n) => `Đã chuyển ${n} bài viết vào thùng rác.`);
}

export async function restoreArticlesAction(_previous: BulkState, submitted: FormData): Promise<BulkState> {
  const formData = asForm(submitted);
  return bulk(formData, 'article.restore', restoreArticles, 'article.restore', (n) => `Đã khôi phục ${n} bài viết.`);
}

export async function purgeArticlesAction(_previous: BulkState, submitted: FormData): Promise<BulkState> {
  const formData = asForm(submitted);
  return bulk(formData, 'article.purge', purgeArticles, 'article.delete', (n) => `Đã xoá vĩnh viễn ${n} bài viết.`);
}

export async function restoreRevisionAction(_previous: BulkState, submitted: FormData): Promise<BulkState> {
  const formData = asForm(submitted);
  const user = await requirePermission('article.editOwn');
  const parsed = z.uuid().safeParse(formData.get('revisionId'));
  if (!parsed.success) return { ok: false, message: 'Yêu cầu không hợp lệ.' };
  const result = await restoreRevision(user, parsed.data);
  if (!result.ok) {
    return { ok: false, message: result.reason === 'conflict' ? 'Bài viết vừa được người khác lưu; hãy thử lại.' : NOT_FOUND };
  }
  invalidate(result.tags);
  await recordAudit({ actor: user, action: 'article.restoreRevision', entityType: 'Article', entityId: result.articleId, summary: { revisionId: parsed.data } });
  return { ok: true, message: 'Đã khôi phục phiên bản; một phiên bản mới đã được tạo.' };
}
