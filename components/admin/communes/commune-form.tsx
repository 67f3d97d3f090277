'use client';

import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { SelectField } from '@/components/admin/decree/select-field';
import { saveCommuneAction } from '@/lib/actions/communes';
import { COMMUNE_KIND_LABELS, COMMUNE_KINDS } from '@/lib/decree/communes';
import { communeInputSchema } from '@/lib/validation/commune';

export interface CommuneFormValues {
  id?: string;
  name: string;
  kind: string;
  formerDistrict: string;
  source: string;
  verified: boolean;
}

/** Add (form empties after saving) or edit one xã, phường or đặc khu. */
export function CommuneForm({ initial }: { initial: CommuneFormValues }) {
  const { state, errors, values, pending, onSubmit, formKey } = useActionForm(saveCommuneAction, {
    schema: communeInputSchema,
    ...(initial.id ? { successHref: '/quan-tri/xa-phuong' } : {}),
  });
  const typed = (name: 'name' | 'kind' | 'formerDistrict' | 'source') => values?.[name] ?? initial[name];
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {state && !state.ok && state.message ? <FormError message={state.message} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Loại đơn vị"
          name="kind"
          required
          defaultValue={typed('kind')}
          errors={errors?.kind}
          options={COMMUNE_KINDS.map((code) => ({ value: code, label: COMMUNE_KIND_LABELS[code] }))}
        />
        <FormField label="Tên" name="name" required maxLength={100} defaultValue={typed('name')} errors={errors?.name} hint="Chỉ tên, ví dụ: Bình Lục." />
        <FormField
          label="Huyện cũ (ghi chú lịch sử)"
          name="formerDistrict"
          maxLength={200}
          defaultValue={typed('formerDistrict')}
          errors={errors?.formerDistrict}
          hint="Trước 01/7/2025, nếu cần ghi lại."
        />
        <FormField
          label="Nguồn đối chiếu"
          name="source"
          maxLength={300}
          defaultValue={typed('source')}
          errors={errors?.source}
          hint="Ví dụ: Nghị quyết 1674/NQ-UBTVQH15."
        />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="verified" defaultChecked={initial.verified} />
        Đã đối chiếu với văn bản
      </label>
      <Button type="submit" pending={pending}>
        {pending ? 'Đang lưu…' : initial.id ? 'Lưu' : 'Thêm xã, phường'}
      </Button>
    </form>
  );
}
