'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import * as categories from '@/lib/data/staff/categories';
import { categoryReorderSchema, categorySchema, categoryUpdateSchema } from '@/lib/validation/categories';
import { uuid } from '@/lib/validation/common';
import { failure, success, type ActionResult } from './action-result';
import { defineAction } from './define-action';

const GONE = 'Danh mục không còn tồn tại (có thể đã bị xóa).';
// Category names and slugs appear on article lists and pages as well as in the menu.
const CATEGORY = { permission: 'category.manage', invalidates: [cacheTags.categories, cacheTags.articles], refresh: true } as const;
const FIELDS = ['id', 'name', 'slug', 'description'] as const;

function written(result: categories.CategoryWriteResult, done: (name: string) => string): ActionResult {
  if (result.ok) return success(done(result.category.name));
  switch (result.reason) {
    case 'slug-taken':
      return failure(
        'Đường dẫn đã được dùng.',
        { slug: [`Đường dẫn “${result.slug}” đã được dùng cho danh mục khác. Gợi ý: “${result.suggestion}”.`] },
        { slug: result.suggestion },
      );
    case 'empty-slug':
      return failure('Không tạo được đường dẫn.', { slug: ['Hãy nhập đường dẫn (chữ thường không dấu, số, dấu gạch ngang).'] });
    case 'not-found':
      return failure(GONE);
  }
}

export const createCategoryAction = defineAction({ ...CATEGORY, schema: categorySchema, echo: FIELDS }, async (input, { user }) =>
  written(await categories.createCategory(input, user), (name) => `Đã thêm danh mục “${name}”.`),
);

export const updateCategoryAction = defineAction({ ...CATEGORY, schema: categoryUpdateSchema, echo: FIELDS }, async ({ id, ...input }, { user }) =>
  written(await categories.updateCategory(id, input, user), (name) => `Đã lưu danh mục “${name}”.`),
);

export const deleteCategoryAction = defineAction({ ...CATEGORY, schema: uuid, invalidMessage: GONE }, async (id, { user }) => {
  const result = await categories.deleteCategory(id, user);
  if (result.ok) return success('Đã xóa danh mục.');
  if (result.reason !== 'not-empty') return failure(GONE);
  return failure(
    `Không thể xóa: danh mục còn ${result.articleCount} bài viết (kể cả bài nháp và bài trong thùng rác). Hãy chuyển các bài sang danh mục khác trước.`,
  );
});

export const reorderCategoriesAction = defineAction(
  { ...CATEGORY, schema: categoryReorderSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ ids }, { user }) =>
    (await categories.reorderCategories(ids, user))
      ? success('Đã lưu thứ tự mới.')
      : failure('Danh sách đã thay đổi ở nơi khác. Hãy tải lại trang rồi sắp xếp lại.'),
);
