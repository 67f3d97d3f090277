'use client';

import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { saveCatalogEntryAction } from '@/lib/actions/disclosure';
import { catalogEntryInputSchema } from '@/lib/validation/disclosure';

export interface CatalogEntryFormValues {
  id?: string;
  title: string;
  legalBasis: string;
  location: string;
  sortOrder: string;
  published: boolean;
}

/** One entry of the catalog of information that must be published; a new entry's form empties after saving. */
export function CatalogEntryForm({ initial }: { initial: CatalogEntryFormValues }) {
  const { state, errors, values, pending, onSubmit, formKey } = useActionForm(saveCatalogEntryAction, {
    schema: catalogEntryInputSchema,
    ...(initial.id ? { successHref: '/quan-tri/cong-khai/danh-muc' } : {}),
  });
  const typed = (name: 'title' | 'legalBasis' | 'location' | 'sortOrder') => values?.[name] ?? initial[name];
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {state && !state.ok && state.message ? <FormError message={state.message} /> : null}
      <FormField label="Thông tin công khai" name="title" required maxLength={500} defaultValue={typed('title')} errors={errors?.title} />
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField
          label="Căn cứ"
          name="legalBasis"
          maxLength={500}
          defaultValue={typed('legalBasis')}
          errors={errors?.legalBasis}
          hint="Ví dụ: Luật Tiếp cận thông tin, Điều 19."
        />
        <FormField
          label="Nơi đăng"
          name="location"
          required
          maxLength={500}
          defaultValue={typed('location')}
          errors={errors?.location}
          hint="Địa chỉ trên trang, ví dụ /van-ban."
        />
        <FormField label="Thứ tự" name="sortOrder" type="number" min={0} max={9999} defaultValue={typed('sortOrder')} errors={errors?.sortOrder} />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={initial.published} />
        Hiển thị
      </label>
      <Button type="submit" pending={pending}>
        {pending ? 'Đang lưu…' : initial.id ? 'Lưu mục' : 'Thêm mục'}
      </Button>
    </form>
  );
}
