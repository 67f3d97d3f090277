'use server';

import { z } from 'zod';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { discardPendingArticle, publishPendingArticle } from '@/lib/data/staff/article-pending';
import { recordAudit } from '@/lib/data/staff/audit';
import { failure, success } from './action-result';
import type { ArticleSaved } from './article-results';
import { defineAction } from './define-action';

// Pending changes of a published article (issue 18): publish them ("Cập nhật bài") or discard
// them. Both name the version the editor has on screen: someone else's save in between is a
// conflict, never silently published or dropped.

const pendingSchema = z.object({
  id: z.uuid({ message: 'Không tìm thấy bài viết.' }),
  version: z.coerce.number({ message: 'Thiếu phiên bản của bài viết.' }).int().min(1, 'Thiếu phiên bản của bài viết.'),
});

const NOT_FOUND = 'Không tìm thấy bài viết, hoặc bạn không có quyền với bài viết này.';
const CONFLICT = 'Bài viết vừa được người khác lưu sau khi bạn mở nó: hãy tải lại trang để xem bản mới nhất.';
const NO_PENDING = 'Bài viết không có thay đổi nào chờ xuất bản.';

export const publishPendingArticleAction = defineAction(
  { permission: 'article.publish', schema: pendingSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ id, version }, { user }) => {
    const result = await publishPendingArticle(user, id, version);
    if (!result.ok) {
      switch (result.reason) {
        case 'no-pending':
          return failure<ArticleSaved>(NO_PENDING);
        case 'conflict':
          return failure<ArticleSaved>(CONFLICT);
        case 'slug-taken':
          return failure<ArticleSaved>(`Đường dẫn mới đã có bài viết khác dùng. Gợi ý: "${result.suggestion}"; hãy sửa đường dẫn rồi lưu lại.`);
        case 'locked':
          return failure<ArticleSaved>('Bài viết không còn ở trạng thái đã đăng: hãy tải lại trang.');
        default:
          return failure<ArticleSaved>(NOT_FOUND);
      }
    }
    invalidatePublicContent(result.tags);
    await recordAudit({
      actor: user,
      action: 'article.publish',
      entityType: 'Article',
      entityId: id,
      summary: { status: result.status, pendingPublished: true },
    });
    return success<ArticleSaved>('Đã cập nhật bài viết: bạn đọc thấy bản mới.', { id, version: result.version, status: result.status, pending: false });
  },
);

export const discardPendingArticleAction = defineAction(
  { permission: 'article.editAny', schema: pendingSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ id, version }, { user }) => {
    const result = await discardPendingArticle(user, id, version);
    if (!result.ok) return failure<ArticleSaved>(result.reason === 'conflict' ? CONFLICT : result.reason === 'no-pending' ? NO_PENDING : NOT_FOUND);
    await recordAudit({ actor: user, action: 'article.discardPending', entityType: 'Article', entityId: id });
    return success<ArticleSaved>('Đã bỏ các thay đổi chưa xuất bản.', { id, version: result.version, pending: false });
  },
);
