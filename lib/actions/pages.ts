'use server';

import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { InvalidContentError, parseDocument } from '@/lib/content/render';
import { cacheTags } from '@/lib/data/cache-tags';
import { recordAudit } from '@/lib/data/staff/audit';
import { createPage, deletePage, getPageForEditing, savePage } from '@/lib/data/staff/pages';
import { savePageSchema } from '@/lib/validation/page';
import { normalizeBody } from '@/lib/validation/rich-text';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// Static pages (ADMIN only): defineAction (permission → validation) → DAL (optimistic-locked) → audit → invalidation.

export interface PageSaved {
  id?: string;
  version?: number;
  slugSuggestion?: string;
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
    const { id, version, body, ...rest } = input;
    const fields = { ...rest, body: normalizeBody(body) as Prisma.InputJsonValue };
    const before = id ? await getPageForEditing(id) : null;
    const result = id ? await savePage(id, version ?? 0, fields) : await createPage(fields);
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
    return success<PageSaved>('Đã lưu trang.', { id: result.id, version: result.version });
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
