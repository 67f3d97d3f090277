'use server';

import { refresh } from 'next/cache';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { requirePermission } from '@/lib/auth/current-user';
import { cacheTags } from '@/lib/data/cache-tags';
import * as categories from '@/lib/data/staff/categories';
import { type ActionState, failure, formValues, invalid, success } from '@/lib/validation/action-state';
import { categoryReorderSchema, categorySchema, categoryUpdateSchema } from '@/lib/validation/categories';
import { uuid } from '@/lib/validation/common';
import { asForm } from './form-input';

const FIELDS = ['id', 'name', 'slug', 'description'] as const;
const GONE = 'Danh mục không còn tồn tại (có thể đã bị xóa).';

function writeFailure(result: Exclude<categories.CategoryWriteResult, { ok: true }>, values: Record<string, string>): ActionState {
  switch (result.reason) {
    case 'slug-taken':
      return failure('Đường dẫn đã được dùng.', { slug: [`Đường dẫn “${result.slug}” đã được dùng cho danh mục khác. Gợi ý: “${result.suggestion}”.`] }, { ...values, slug: result.suggestion });
    case 'empty-slug':
      return failure('Không tạo được đường dẫn.', { slug: ['Hãy nhập đường dẫn (chữ thường không dấu, số, dấu gạch ngang).'] }, values);
    case 'not-found':
      return failure(GONE, undefined, values);
  }
}

function invalidateCategories() {
  // Category names and slugs appear on article lists and pages as well as in the menu.
  invalidatePublicContent([cacheTags.categories, cacheTags.articles]);
  refresh();
}

export async function createCategoryAction(_prev: ActionState | null, submitted: FormData): Promise<ActionState> {
  const formData = asForm(submitted);
  const user = await requirePermission('category.manage');
  const values = formValues(formData, FIELDS);
  const parsed = categorySchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await categories.createCategory(parsed.data, user);
  if (!result.ok) return writeFailure(result, values);
  invalidateCategories();
  return success(`Đã thêm danh mục “${result.category.name}”.`);
}

export async function updateCategoryAction(_prev: ActionState | null, submitted: FormData): Promise<ActionState> {
  const formData = asForm(submitted);
  const user = await requirePermission('category.manage');
  const values = formValues(formData, FIELDS);
  const parsed = categoryUpdateSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { id, ...input } = parsed.data;
  const result = await categories.updateCategory(id, input, user);
  if (!result.ok) return writeFailure(result, values);
  invalidateCategories();
  return success(`Đã lưu danh mục “${result.category.name}”.`);
}

export async function deleteCategoryAction(id: unknown): Promise<ActionState> {
  const user = await requirePermission('category.manage');
  const parsed = uuid.safeParse(id);
  if (!parsed.success) return failure(GONE);
  const result = await categories.deleteCategory(parsed.data, user);
  if (!result.ok) {
    return failure(
      result.reason === 'not-empty'
        ? `Không thể xóa: danh mục còn ${result.articleCount} bài viết (kể cả bài nháp và bài trong thùng rác). Hãy chuyển các bài sang danh mục khác trước.`
        : GONE,
    );
  }
  invalidateCategories();
  return success('Đã xóa danh mục.');
}

export async function reorderCategoriesAction(input: unknown): Promise<ActionState> {
  const user = await requirePermission('category.manage');
  const parsed = categoryReorderSchema.safeParse(input);
  if (!parsed.success) return failure('Yêu cầu không hợp lệ.');
  if (!(await categories.reorderCategories(parsed.data.ids, user))) {
    return failure('Danh sách đã thay đổi ở nơi khác. Hãy tải lại trang rồi sắp xếp lại.');
  }
  invalidateCategories();
  return success('Đã lưu thứ tự mới.');
}
