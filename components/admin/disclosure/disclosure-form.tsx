'use client';

import { useState } from 'react';
import { FormError, FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { PublishAndSave, TitleSlugFields } from '@/components/admin/title-slug-fields';
import { MediaListField, type MediaListItem } from '@/components/admin/decree/media-list-field';
import { SelectField } from '@/components/admin/decree/select-field';
import { saveDisclosureItemAction } from '@/lib/actions/disclosure';
import { DISCLOSURE_KIND_LABELS, DISCLOSURE_KINDS, PROCUREMENT_STATUS_LABELS, PROCUREMENT_STATUSES } from '@/lib/decree/disclosure';
import { disclosureInputSchema } from '@/lib/validation/disclosure';

export interface DisclosureFormValues {
  id?: string;
  kind: string;
  title: string;
  slug: string;
  year: string;
  publishedOn: string;
  summary: string;
  reportKind: string;
  owner: string;
  estimatedValueMillionVnd: string;
  method: string;
  selectionTime: string;
  procurementStatus: string;
  result: string;
  published: boolean;
  attachments: MediaListItem[];
}

type TextKey = Exclude<keyof DisclosureFormValues, 'id' | 'published' | 'attachments'>;

/** A bidding notice, public investment project, budget/financial or statistics report. */
export function DisclosureForm({ initial }: { initial: DisclosureFormValues }) {
  const { state, errors, values, pending, onSubmit, formKey } = useActionForm(saveDisclosureItemAction, {
    schema: disclosureInputSchema,
    successHref: '/quan-tri/cong-khai',
  });
  const typed = (name: TextKey) => values?.[name] ?? initial[name];
  const [kind, setKind] = useState(typed('kind'));
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {state && !state.ok && state.message ? <FormError message={state.message} /> : null}
      <div onChange={(event) => event.target instanceof HTMLSelectElement && event.target.name === 'kind' && setKind(event.target.value)}>
        <SelectField
          label="Loại thông tin"
          name="kind"
          required
          defaultValue={typed('kind')}
          errors={errors?.kind}
          options={DISCLOSURE_KINDS.map((code) => ({ value: code, label: DISCLOSURE_KIND_LABELS[code] }))}
        />
      </div>
      <TitleSlugFields
        label="Tên"
        name="title"
        maxLength={500}
        defaultTitle={typed('title')}
        initialSlug={initial.slug}
        editing={Boolean(initial.id)}
        addressPrefix="/cong-khai/"
        errors={errors}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Năm" name="year" type="number" required min={1990} max={2100} defaultValue={typed('year')} errors={errors?.year} />
        <FormField label="Ngày công khai" name="publishedOn" type="date" required defaultValue={typed('publishedOn')} errors={errors?.publishedOn} />
        <FormField
          label="Loại báo cáo"
          name="reportKind"
          maxLength={200}
          defaultValue={typed('reportKind')}
          errors={errors?.reportKind}
          hint="Ví dụ: Dự toán, Quyết toán, Báo cáo 6 tháng."
        />
      </div>
      <FormField label="Nội dung tóm tắt" name="summary" multiline rows={4} maxLength={5000} defaultValue={typed('summary')} errors={errors?.summary} />
      {kind === 'PROCUREMENT' && (
        <fieldset className="grid gap-4 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2">
          <legend className="px-1 text-sm font-semibold text-slate-800">Gói thầu</legend>
          <FormField label="Chủ đầu tư, bên mời thầu" name="owner" required maxLength={300} defaultValue={typed('owner')} errors={errors?.owner} />
          <FormField
            label="Giá gói thầu (triệu đồng)"
            name="estimatedValueMillionVnd"
            type="number"
            min={0}
            step="0.001"
            defaultValue={typed('estimatedValueMillionVnd')}
            errors={errors?.estimatedValueMillionVnd}
          />
          <FormField label="Hình thức lựa chọn nhà thầu" name="method" maxLength={300} defaultValue={typed('method')} errors={errors?.method} />
          <FormField
            label="Thời gian tổ chức lựa chọn nhà thầu"
            name="selectionTime"
            maxLength={300}
            defaultValue={typed('selectionTime')}
            errors={errors?.selectionTime}
          />
          <SelectField
            label="Tình trạng gói thầu"
            name="procurementStatus"
            required
            defaultValue={typed('procurementStatus')}
            errors={errors?.procurementStatus}
            options={[
              { value: '', label: 'Chọn tình trạng' },
              ...PROCUREMENT_STATUSES.map((code) => ({ value: code, label: PROCUREMENT_STATUS_LABELS[code] })),
            ]}
          />
          <FormField
            label="Kết quả lựa chọn nhà thầu"
            name="result"
            multiline
            rows={2}
            maxLength={2000}
            defaultValue={typed('result')}
            errors={errors?.result}
          />
        </fieldset>
      )}
      <MediaListField
        name="attachmentIds"
        label="Tệp đính kèm (PDF, DOC, DOCX)"
        accept={['pdf', 'office']}
        initial={initial.attachments}
        errors={errors?.attachmentIds}
      />
      <PublishAndSave published={initial.published} pending={pending} editing={Boolean(initial.id)} />
    </form>
  );
}
