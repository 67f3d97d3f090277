'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import * as seo from '@/lib/data/staff/seo';
import { articleSeoSchema, pageSeoSchema } from '@/lib/validation/seo';
import { failure, success, type ActionResult } from './action-result';
import { defineAction } from './define-action';

// Search and sharing fields of articles and static pages (issue 18).

function written<Data>(result: seo.SeoWriteResult, gone: string, data?: Data): ActionResult<Data> {
  if (result.ok) return success('Đã lưu thông tin SEO và chia sẻ.', data);
  if (result.reason === 'bad-image') return failure('Ảnh chia sẻ phải là một ảnh trong thư viện.', { imageMediaId: ['Hãy chọn một ảnh.'] });
  return failure(gone);
}

// Authors set these on their own drafts, editors on any article (scoped in the DAL). The
// sitemap (tag 'articles') leaves noindex articles out.
export const saveArticleSeoAction = defineAction(
  { permission: 'article.editOwn', schema: articleSeoSchema, invalidates: (input) => [cacheTags.article(input.articleId), cacheTags.articles] },
  async ({ articleId, ...input }, { user }) =>
    written<undefined>(await seo.saveArticleSeo(articleId, input, user), 'Không tìm thấy bài viết, hoặc bạn không còn quyền sửa bài này.'),
);

export const savePageSeoAction = defineAction(
  {
    permission: 'page.manage',
    schema: pageSeoSchema,
    invalidates: (_input, data: { slug: string } | undefined) => [cacheTags.pages, ...(data ? [cacheTags.page(data.slug)] : [])],
  },
  async ({ pageId, ...input }, { user }) => {
    const result = await seo.savePageSeo(pageId, input, user);
    return written(result, 'Trang không còn tồn tại.', { slug: result.slug ?? '' });
  },
);
