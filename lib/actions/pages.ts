'use server';

import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { InvalidContentError, parseDocument } from '@/lib/content/render';
import { cacheTags } from '@/lib/data/cache-tags';
import { recordAudit } from '@/lib/data/staff/audit';
import { createPage, deletePage, discardPendingPage, getPageForEditing, publishPendingPage, savePage, savePageAutosave } from '@/lib/data/staff/pages';
import { articleAutosaveSchema } from '@/lib/validation/article';
import { hasNoControlCharacters } from '@/lib/validation/common';
import { savePageSchema } from '@/lib/validation/page';
import { normalizeBody } from '@/lib/validation/rich-text';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// Static pages (ADMIN only): defineAction (permission → validation) → DAL (optimistic-locked) → audit → invalidation.

export interface PageSaved {
  id?: string;
  version?: number;
  slugSuggestion?: string;
  /** Kept as pending changes of a public page (issue 18). */
  pending?: boolean;
}

export const savePageAction = defineAction(
  {
    permission: 'page.manage',
    schema: savePageSchema,
    invalidMessage: 'Vui lòng sửa các lỗi được đánh dấu.',
  },
  async (input, { user }) => {
    try {
      parseDocument(input.body);
    } catch (error) {
      if (error instanceof InvalidContentError) return failure<PageSaved>('Vui lòng sửa các lỗi được đánh dấu.', { body: [error.message] });
      throw error;
    }
    const { id, version, body, intent, ...rest } = input;
    const fields = { ...rest, body: normalizeBody(body) as Prisma.InputJsonValue };
    const before = id ? await getPageForEditing(id) : null;
    const result = id ? await savePage(id, version ?? 0, fields, { editorId: user.id, publish: intent === 'publish' }) : await createPage(fields, user.id);
    if (!result.ok) {
      if (result.reason === 'slug-taken') {
        return {
          ...failure<PageSaved>('Đường dẫn đã được dùng.', { slug: [`Đường dẫn "${fields.slug}" đã có trang khác dùng. Gợi ý: "${result.suggestion}".`] }),
          data: { slugSuggestion: result.suggestion },
        };
      }
      return failure<PageSaved>(
        result.reason === 'conflict'
          ? 'Không lưu được: người khác đã lưu trang này sau khi bạn mở nó. Hãy sao chép nội dung của bạn rồi tải lại trang.'
          : 'Không tìm thấy trang.',
      );
    }
    if (result.pending) {
      await recordAudit({
        actor: user,
        action: 'page.update',
        entityType: 'Page',
        entityId: result.id,
        summary: { title: fields.title, slug: fields.slug, pending: true },
      });
      return success<PageSaved>('Đã lưu thay đổi. Bạn đọc vẫn thấy trang cũ cho tới khi bấm “Cập nhật trang”.', {
        id: result.id,
        version: result.version,
        pending: true,
      });
    }
    // The old address stops answering too when the slug changed.
    invalidatePublicContent([cacheTags.pages, cacheTags.page(fields.slug), ...(before && before.slug !== fields.slug ? [cacheTags.page(before.slug)] : [])]);
    const action = !id
      ? 'page.create'
      : before && before.published !== fields.published
        ? fields.published
          ? 'page.publish'
          : 'page.unpublish'
        : 'page.update';
    await recordAudit({
      actor: user,
      action,
      entityType: 'Page',
      entityId: result.id,
      summary: { title: fields.title, slug: fields.slug, published: fields.published },
    });
    return success<PageSaved>('Đã lưu trang.', { id: result.id, version: result.version, pending: false });
  },
);

const pendingSchema = z.object({
  id: z.uuid({ message: 'Không tìm thấy trang.' }),
  version: z.coerce.number({ message: 'Thiếu phiên bản của trang.' }).int().min(1, 'Thiếu phiên bản của trang.'),
});
const PAGE_CONFLICT = 'Trang vừa được người khác lưu sau khi bạn mở nó: hãy tải lại trang để xem bản mới nhất.';
const PAGE_NO_PENDING = 'Trang không có thay đổi nào chờ xuất bản.';

export const publishPendingPageAction = defineAction(
  { permission: 'page.manage', schema: pendingSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ id, version }, { user }) => {
    const before = await getPageForEditing(id);
    const result = await publishPendingPage(id, version, user.id);
    if (!result.ok) {
      const message =
        result.reason === 'no-pending'
          ? PAGE_NO_PENDING
          : result.reason === 'conflict'
            ? PAGE_CONFLICT
            : result.reason === 'slug-taken'
              ? 'Đường dẫn mới đã có trang khác dùng.'
              : 'Không tìm thấy trang.';
      return failure<PageSaved>(message);
    }
    const after = await getPageForEditing(id);
    invalidatePublicContent([cacheTags.pages, ...new Set([before?.slug, after?.slug].filter((slug): slug is string => !!slug).map(cacheTags.page))]);
    await recordAudit({ actor: user, action: 'page.update', entityType: 'Page', entityId: id, summary: { pendingPublished: true } });
    return success<PageSaved>('Đã cập nhật trang: bạn đọc thấy bản mới.', { id, version: result.version, pending: false });
  },
);

export const discardPendingPageAction = defineAction(
  { permission: 'page.manage', schema: pendingSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ id, version }, { user }) => {
    const result = await discardPendingPage(id, version);
    if (!result.ok)
      return failure<PageSaved>(result.reason === 'conflict' ? PAGE_CONFLICT : result.reason === 'no-pending' ? PAGE_NO_PENDING : 'Không tìm thấy trang.');
    await recordAudit({ actor: user, action: 'page.discardPending', entityType: 'Page', entityId: id });
    return success<PageSaved>('Đã bỏ các thay đổi chưa xuất bản.', { id, version: result.version, pending: false });
  },
);

const pageAutosaveSchema = z.object({
  id: z.uuid({ message: 'Không tìm thấy trang.' }),
  version: z.number().int().min(1),
  title: z.string().max(300, 'Tiêu đề tối đa 300 ký tự.').refine(hasNoControlCharacters, 'Tiêu đề chứa ký tự không hợp lệ.'),
  // As loose as the article autosave: unfinished work is kept too.
  body: articleAutosaveSchema.shape.body,
});

/** The page editor's autosave (an existing page): the text on screen as an AUTOSAVE revision. */
export const autosavePageAction = defineAction(
  { permission: 'page.manage', schema: pageAutosaveSchema, invalidMessage: 'Chưa tự lưu được: nội dung không hợp lệ.' },
  async ({ id, version, title, body }, { user }) => {
    const saved = await savePageAutosave(user.id, id, { version, title, body: normalizeBody(body) as Prisma.InputJsonValue });
    return saved ? success('Đã tự lưu.') : failure('Không tìm thấy trang.');
  },
);

export const deletePageAction = defineAction(
  { permission: 'page.manage', schema: z.object({ id: z.uuid() }), invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ id }, { user }) => {
    const deleted = await deletePage(id);
    if (!deleted) return failure('Không tìm thấy trang.');
    invalidatePublicContent([cacheTags.pages, cacheTags.page(deleted.slug)]);
    await recordAudit({ actor: user, action: 'page.delete', entityType: 'Page', entityId: id, summary: { slug: deleted.slug } });
    return success('Đã xoá trang.');
  },
);
