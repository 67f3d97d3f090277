'use server';

import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requirePermission } from '@/lib/auth/current-user';
import { InvalidContentError, parseDocument } from '@/lib/content/render';
import { cacheTags } from '@/lib/data/cache-tags';
import { recordAudit } from '@/lib/data/staff/audit';
import { createPage, deletePage, getPageForEditing, savePage } from '@/lib/data/staff/pages';
import { savePageSchema, type SavePageInput } from '@/lib/validation/page';
import { normalizeBody } from '@/lib/validation/rich-text';
import type { ArticleFormState, BulkState } from './article-results';
import { asForm } from './form-input';

// Static pages (ADMIN only): authorize → validate → DAL (optimistic-locked) → invalidatePublicContent → audit.

export async function savePageAction(_previous: ArticleFormState, input: SavePageInput): Promise<ArticleFormState> {
  const user = await requirePermission('page.manage');
  const parsed = savePageSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Vui lòng sửa các lỗi được đánh dấu.', errors: z.flattenError(parsed.error).fieldErrors };
  try {
    parseDocument(parsed.data.body);
  } catch (error) {
    if (error instanceof InvalidContentError) return { ok: false, message: 'Vui lòng sửa các lỗi được đánh dấu.', errors: { body: [error.message] } };
    throw error;
  }
  const { id, version, body, ...rest } = parsed.data;
  const fields = { ...rest, body: normalizeBody(body) as Prisma.InputJsonValue };
  const before = id ? await getPageForEditing(id) : null;
  const result = id ? await savePage(id, version ?? 0, fields) : await createPage(fields);
  if (!result.ok) {
    if (result.reason === 'slug-taken') {
      return { ok: false, message: 'Đường dẫn đã được dùng.', errors: { slug: [`Đường dẫn "${fields.slug}" đã có trang khác dùng. Gợi ý: "${result.suggestion}".`] }, slugSuggestion: result.suggestion };
    }
    return {
      ok: false,
      message: result.reason === 'conflict' ? 'Không lưu được: người khác đã lưu trang này sau khi bạn mở nó. Hãy sao chép nội dung của bạn rồi tải lại trang.' : 'Không tìm thấy trang.',
    };
  }
  invalidatePublicContent([cacheTags.pages, cacheTags.page(fields.slug), ...(before && before.slug !== fields.slug ? [cacheTags.page(before.slug)] : [])]);
  const action = !id ? 'page.create' : before && before.published !== fields.published ? (fields.published ? 'page.publish' : 'page.unpublish') : 'page.update';
  await recordAudit({ actor: user, action, entityType: 'Page', entityId: result.id, summary: { title: fields.title, slug: fields.slug, published: fields.published } });
  return { ok: true, message: 'Đã lưu trang.', id: result.id, version: result.version };
}

export async function deletePageAction(_previous: BulkState, submitted: FormData): Promise<BulkState> {
  const formData = asForm(submitted);
  const user = await requirePermission('page.manage');
  const id = z.uuid().safeParse(formData.get('id'));
  if (!id.success) return { ok: false, message: 'Yêu cầu không hợp lệ.' };
  const deleted = await deletePage(id.data);
  if (!deleted) return { ok: false, message: 'Không tìm thấy trang.' };
  invalidatePublicContent([cacheTags.pages, cacheTags.page(deleted.slug)]);
  await recordAudit({ actor: user, action: 'page.delete', entityType: 'Page', entityId: id.data, summary: { slug: deleted.slug } });
  return { ok: true, message: 'Đã xoá trang.' };
}
