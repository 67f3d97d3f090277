'use server';

import { z } from 'zod';
import { returnToAuthor } from '@/lib/data/staff/article-review';
import { recordAudit } from '@/lib/data/staff/audit';
import { notifyAuthor } from '@/lib/data/staff/notifications';
import { hasNoControlCharacters } from '@/lib/validation/common';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// Issue 18 part 7: "Trả lại tác giả" needs a note; the note is kept with the article.

const returnSchema = z.object({
  id: z.uuid({ message: 'Không tìm thấy bài viết.' }),
  note: z
    .string({ message: 'Nhập ghi chú cho tác giả.' })
    .trim()
    .min(1, 'Nhập ghi chú cho tác giả: cần sửa gì, vì sao.')
    .max(2000, 'Ghi chú tối đa 2000 ký tự.')
    .refine(hasNoControlCharacters, 'Ghi chú chứa ký tự không hợp lệ.'),
});

export const returnToAuthorAction = defineAction(
  { permission: 'article.review', schema: returnSchema, invalidMessage: (errors) => errors.note?.[0] ?? errors.id?.[0] ?? 'Yêu cầu không hợp lệ.' },
  async ({ id, note }, { user }) => {
    const result = await returnToAuthor(user, id, note);
    if (!result.ok) {
      return failure(result.reason === 'not-in-review' ? 'Bài viết không còn ở trạng thái chờ duyệt: hãy tải lại trang.' : 'Không tìm thấy bài viết.');
    }
    await recordAudit({ actor: user, action: 'article.returnToAuthor', entityType: 'Article', entityId: id, summary: { note } });
    await notifyAuthor(id, 'ARTICLE_RETURNED', user.id);
    return success('Đã trả bài viết về tác giả kèm ghi chú.', { version: result.version });
  },
);
