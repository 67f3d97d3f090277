'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import * as home from '@/lib/data/staff/newsroom-home';
import { uuid } from '@/lib/validation/common';
import { featuredReorderSchema, homeBlocksSchema, noticeSchema, noticeUpdateSchema, pinArticleSchema } from '@/lib/validation/newsroom-home';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// The home page's pinned articles ("Tin nổi bật"), notices ("Thông báo") and blocks (issue 18).

const FEATURED = { permission: 'homePage.manage', invalidates: [cacheTags.featured], refresh: true } as const;
const NOTICES = { permission: 'homePage.manage', invalidates: [cacheTags.notices], refresh: true } as const;
const CHANGED_ELSEWHERE = 'Danh sách đã thay đổi ở nơi khác. Hãy tải lại trang rồi thử lại.';
const NOTICE_GONE = 'Thông báo không còn tồn tại (có thể đã bị xóa).';

export const pinArticleAction = defineAction({ ...FEATURED, schema: pinArticleSchema }, async ({ articleId, endsAt }, { user }) => {
  const result = await home.pinArticle(articleId, endsAt, user);
  if (result.ok) return success(`Đã đưa “${result.title}” vào Tin nổi bật.`);
  if (result.reason === 'not-public') return failure('Chỉ ghim được bài đã xuất bản hoặc đã hẹn giờ xuất bản.', { articleId: ['Bài này chưa xuất bản.'] });
  return failure('Không tìm thấy bài viết (có thể đã bị xóa).', { articleId: ['Hãy chọn một bài viết.'] });
});

export const unpinArticleAction = defineAction({ ...FEATURED, schema: uuid, invalidMessage: CHANGED_ELSEWHERE }, async (id, { user }) =>
  (await home.unpinArticle(id, user)) ? success('Đã bỏ ghim bài viết.') : failure(CHANGED_ELSEWHERE),
);

export const reorderFeaturedAction = defineAction(
  { ...FEATURED, schema: featuredReorderSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ ids }, { user }) => ((await home.reorderFeatured(ids, user)) ? success('Đã lưu thứ tự mới.') : failure(CHANGED_ELSEWHERE)),
);

export const createNoticeAction = defineAction({ ...NOTICES, schema: noticeSchema }, async (input, { user }) => {
  await home.createNotice(input, user);
  return success('Đã thêm thông báo.');
});

export const updateNoticeAction = defineAction({ ...NOTICES, schema: noticeUpdateSchema }, async ({ id, ...input }, { user }) =>
  (await home.updateNotice(id, input, user)) ? success('Đã lưu thông báo.') : failure(NOTICE_GONE),
);

export const deleteNoticeAction = defineAction({ ...NOTICES, schema: uuid, invalidMessage: NOTICE_GONE }, async (id, { user }) =>
  (await home.deleteNotice(id, user)) ? success('Đã xóa thông báo.') : failure(NOTICE_GONE),
);

export const saveHomeBlocksAction = defineAction(
  {
    permission: 'homePage.manage',
    schema: homeBlocksSchema,
    invalidates: [cacheTags.homeBlocks],
    refresh: true,
    invalidMessage: (errors) => errors.blocks?.[0] ?? 'Vui lòng kiểm tra lại các khối.',
  },
  async ({ blocks }, { user }) =>
    (await home.saveHomeBlocks(blocks, user))
      ? success('Đã lưu các khối trang chủ.')
      : failure('Có chuyên mục không còn tồn tại. Hãy tải lại trang rồi thử lại.'),
);
