'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import * as tags from '@/lib/data/staff/tags';
import { uuid } from '@/lib/validation/common';
import { articleTagsSchema, tagRenameSchema, tagSuggestSchema } from '@/lib/validation/tags';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

const ARTICLE_GONE = 'Không tìm thấy bài viết, hoặc bạn không còn quyền sửa bài này.';
const TAG_GONE = 'Thẻ không còn tồn tại (có thể đã bị xóa).';

/** The tag pages an article's change touches: those it had and those it has. */
function touched(articleId: string, slugs: readonly string[]): string[] {
  return [cacheTags.tags, cacheTags.article(articleId), ...slugs.map((slug) => cacheTags.tag(slug))];
}

// Authors tag their own drafts, editors any article (the DAL scopes it, as for the article).
export const saveArticleTagsAction = defineAction(
  {
    permission: 'article.editOwn',
    schema: articleTagsSchema,
    echo: [],
    invalidates: (input, data: { tags: tags.TagRef[]; slugs: string[] } | undefined) => touched(input.articleId, data?.slugs ?? []),
  },
  async ({ articleId, tags: names }, { user }) => {
    const result = await tags.saveArticleTags(articleId, names, user);
    if (!result.ok) return failure(ARTICLE_GONE);
    const slugs = [...new Set([...result.slugsBefore, ...result.tags.map((tag) => tag.slug)])];
    return success(result.tags.length > 0 ? `Đã lưu ${result.tags.length} thẻ.` : 'Bài viết không còn thẻ nào.', { tags: result.tags, slugs });
  },
);

export const suggestTagsAction = defineAction({ permission: 'article.editOwn', schema: tagSuggestSchema, echo: [] }, async ({ q }) =>
  success('', await tags.suggestTags(q)),
);

export const renameTagAction = defineAction(
  {
    permission: 'tag.manage',
    schema: tagRenameSchema,
    refresh: true,
    invalidates: (_input, data: { slugs: string[] } | undefined) => [
      cacheTags.tags,
      cacheTags.articles,
      ...(data?.slugs ?? []).map((slug) => cacheTags.tag(slug)),
    ],
  },
  async ({ id, name, slug }, { user }) => {
    const result = await tags.renameTag(id, { name, slug }, user);
    if (result.ok) return success(`Đã lưu thẻ “${result.tag.name}”.`, { slugs: [result.slugBefore, result.tag.slug] });
    if (result.reason === 'slug-taken') return failure('Đường dẫn đã được dùng.', { slug: [`Đường dẫn “${result.slug}” đã được dùng cho thẻ khác.`] });
    if (result.reason === 'empty-slug')
      return failure('Không tạo được đường dẫn.', { slug: ['Hãy nhập đường dẫn (chữ thường không dấu, số, dấu gạch ngang).'] });
    return failure(TAG_GONE);
  },
);

export const deleteTagAction = defineAction(
  {
    permission: 'tag.manage',
    schema: uuid,
    invalidMessage: TAG_GONE,
    refresh: true,
    invalidates: (_input, data: { slug: string } | undefined) => [cacheTags.tags, cacheTags.articles, ...(data ? [cacheTags.tag(data.slug)] : [])],
  },
  async (id, { user }) => {
    const result = await tags.deleteTag(id, user);
    return result.ok ? success('Đã xóa thẻ.', { slug: result.slug }) : failure(TAG_GONE);
  },
);
