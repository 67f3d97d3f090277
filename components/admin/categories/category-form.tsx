'use client';

import { FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { createCategoryAction, updateCategoryAction } from '@/lib/actions/categories';
import { categorySchema } from '@/lib/validation/categories';
import { InlineFormButtons } from '@/components/admin/inline-form-buttons';

interface Props {
  category?: { id: string; name: string; slug: string; description: string };
  onDone?: () => void;
}

export function CategoryForm({ category, onDone }: Props) {
  const { errors, onSubmit, pending, formRef, formKey, values } = useActionForm(category ? updateCategoryAction : createCategoryAction, {
    schema: categorySchema,
    onSuccess: category ? onDone : undefined,
  });
  const initial = (field: 'name' | 'slug' | 'description') => values?.[field] ?? category?.[field] ?? '';
  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
      {category ? <input type="hidden" name="id" value={category.id} /> : null}
      <FormField key={`n-${initial('name')}`} label="Tên danh mục" name="name" required maxLength={120} defaultValue={initial('name')} errors={errors?.name} />
      <FormField
        key={`s-${initial('slug')}`}
        label="Đường dẫn"
        name="slug"
        maxLength={80}
        defaultValue={initial('slug')}
        errors={errors?.slug}
        hint="Để trống để tạo từ tên (bỏ dấu). Khi đổi đường dẫn, địa chỉ cũ được ghi lại để chuyển hướng sang địa chỉ mới."
      />
      <FormField
        key={`d-${initial('description')}`}
        className="md:col-span-2"
        label="Mô tả"
        name="description"
        multiline
        rows={2}
        maxLength={500}
        defaultValue={initial('description')}
        errors={errors?.description}
      />
      <InlineFormButtons editing={Boolean(category)} addLabel="Thêm danh mục" pending={pending} onCancel={onDone} />
    </form>
  );
}
