'use client';

import { useId } from 'react';
import { FormField } from '@/components/ui/form-field';
import type { FieldErrors } from '@/lib/actions/action-result';
import { ArticleCoverPicker } from './article-media';
import type { ArticleFieldValues } from './use-article-fields';

// The side panel's article details: category, the author name shown to readers, cover image.
export function ArticleMetaPanel({
  fields,
  update,
  categories,
  initialCoverUrl,
  errors,
}: {
  fields: ArticleFieldValues;
  update: <K extends keyof ArticleFieldValues>(key: K, value: ArticleFieldValues[K]) => void;
  categories: { id: string; name: string }[];
  initialCoverUrl: string | null;
  errors: FieldErrors;
}) {
  const categoryId = `${useId()}-category`;
  return (
    <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-label="Thông tin bài viết">
      <div>
        <label htmlFor={categoryId} className="block text-sm font-semibold text-slate-800">
          Chuyên mục
        </label>
        <select
          id={categoryId}
          value={fields.categoryId}
          onChange={(event) => update('categoryId', event.target.value)}
          className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2"
        >
          <option value="">— Chưa chọn —</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <FormField
        label="Bút danh/Tác giả hiển thị"
        value={fields.byline}
        onChange={(event) => update('byline', event.target.value)}
        errors={errors.byline}
        hint="Tên người đọc thấy dưới tiêu đề; để trống nếu không cần."
      />
      <div>
        <span className="block text-sm font-semibold text-slate-800">Ảnh đại diện</span>
        <ArticleCoverPicker value={fields.coverMediaId || null} initialUrl={initialCoverUrl} onChange={(id) => update('coverMediaId', id ?? '')} />
        {errors.coverMediaId && <p className="mt-1 text-sm text-red-700">{errors.coverMediaId[0]}</p>}
      </div>
    </section>
  );
}
