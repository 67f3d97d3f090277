'use client';

import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { saveOfficialAction } from '@/lib/actions/officials';
import { officialInputSchema } from '@/lib/validation/contact';
import { useActionForm } from '../use-action-form';
import { CommuneSelectField, type CommuneChoice } from '../communes/commune-select-field';

export interface OfficialFormValues {
  id?: string;
  name: string;
  position: string;
  phone: string;
  email: string;
  sortOrder: number;
  published: boolean;
  communeId: string | null;
}

/** One focal-point official (add or edit), shown on /lien-he when published. */
export function OfficialForm({ initial, communes }: { initial: OfficialFormValues; communes: readonly CommuneChoice[] }) {
  const { errors, values, failureMessage, pending, onSubmit, formKey } = useActionForm(saveOfficialAction, {
    schema: officialInputSchema,
    successHref: '/quan-tri/can-bo',
  });
  const typed = (name: 'name' | 'position' | 'phone' | 'email' | 'sortOrder') => values?.[name] ?? String(initial[name]);
  return (
    <form
      key={formKey}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2"
      aria-label={initial.id ? `Sửa ${initial.name}` : 'Thêm cán bộ đầu mối'}
    >
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {failureMessage ? (
        <div className="sm:col-span-2">
          <FormError message={failureMessage} />
        </div>
      ) : null}
      <FormField label="Họ và tên" name="name" required maxLength={120} defaultValue={typed('name')} errors={errors?.name} />
      <FormField label="Chức vụ" name="position" required maxLength={200} defaultValue={typed('position')} errors={errors?.position} />
      <FormField label="Điện thoại" name="phone" type="tel" maxLength={50} defaultValue={typed('phone')} errors={errors?.phone} />
      <FormField label="Email" name="email" type="email" maxLength={254} defaultValue={typed('email')} errors={errors?.email} />
      <CommuneSelectField communes={communes} defaultValue={values?.communeId ?? initial.communeId ?? ''} errors={errors?.communeId} />
      <FormField label="Thứ tự" name="sortOrder" type="number" min={0} max={9999} defaultValue={typed('sortOrder')} errors={errors?.sortOrder} />
      <label className="flex items-center gap-2 self-end pb-2">
        <input type="checkbox" name="published" defaultChecked={initial.published} />
        Hiện trên trang Liên hệ
      </label>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {initial.id ? 'Lưu' : 'Thêm cán bộ'}
        </Button>
      </div>
    </form>
  );
}
