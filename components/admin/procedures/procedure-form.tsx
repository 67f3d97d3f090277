'use client';

import { FormError, FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { PublishAndSave, TitleSlugFields } from '@/components/admin/title-slug-fields';
import { MediaListField, type MediaListItem } from '@/components/admin/decree/media-list-field';
import { SelectField } from '@/components/admin/decree/select-field';
import { saveProcedureAction } from '@/lib/actions/procedures';
import { PROCEDURE_LEVEL_LABELS, PROCEDURE_LEVELS } from '@/lib/decree/procedures';
import { procedureInputSchema } from '@/lib/validation/procedure';

export interface ProcedureFormValues {
  id?: string;
  name: string;
  slug: string;
  code: string;
  field: string;
  agency: string;
  level: string;
  processingTime: string;
  fees: string;
  documents: string;
  steps: string;
  nationalPortalUrl: string;
  note: string;
  published: boolean;
  legalBasisIds: string[];
  forms: MediaListItem[];
}

type TextKey = Exclude<keyof ProcedureFormValues, 'id' | 'published' | 'legalBasisIds' | 'forms'>;

/** Add or edit an administrative procedure; legal basis picked from the legal-document library. */
export function ProcedureForm({
  initial,
  documents,
}: {
  initial: ProcedureFormValues;
  documents: { id: string; number: string; summary: string; published: boolean }[];
}) {
  const { state, errors, values, pending, onSubmit, formKey } = useActionForm(saveProcedureAction, {
    schema: procedureInputSchema,
    successHref: '/quan-tri/thu-tuc',
  });
  const typed = (name: TextKey) => values?.[name] ?? initial[name];
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {state && !state.ok && state.message ? <FormError message={state.message} /> : null}
      <TitleSlugFields
        label="Tên thủ tục"
        name="name"
        maxLength={500}
        defaultTitle={typed('name')}
        initialSlug={initial.slug}
        editing={Boolean(initial.id)}
        addressPrefix="/thu-tuc-hanh-chinh/"
        errors={errors}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Lĩnh vực" name="field" required maxLength={200} defaultValue={typed('field')} errors={errors?.field} />
        <FormField label="Cơ quan thực hiện" name="agency" required maxLength={300} defaultValue={typed('agency')} errors={errors?.agency} />
        <SelectField
          label="Cấp thực hiện"
          name="level"
          required
          defaultValue={typed('level')}
          errors={errors?.level}
          options={PROCEDURE_LEVELS.map((code) => ({ value: code, label: PROCEDURE_LEVEL_LABELS[code] }))}
        />
        <FormField
          label="Mã thủ tục"
          name="code"
          maxLength={50}
          defaultValue={typed('code')}
          errors={errors?.code}
          hint="Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, nếu có."
        />
        <FormField label="Thời hạn giải quyết" name="processingTime" maxLength={500} defaultValue={typed('processingTime')} errors={errors?.processingTime} />
        <FormField label="Phí, lệ phí" name="fees" maxLength={1000} defaultValue={typed('fees')} errors={errors?.fees} />
      </div>
      <FormField
        label="Thành phần hồ sơ"
        name="documents"
        multiline
        rows={6}
        maxLength={10000}
        defaultValue={typed('documents')}
        errors={errors?.documents}
        hint="Mỗi giấy tờ một dòng."
      />
      <FormField
        label="Trình tự thực hiện"
        name="steps"
        multiline
        rows={6}
        maxLength={10000}
        defaultValue={typed('steps')}
        errors={errors?.steps}
        hint="Mỗi bước một dòng, theo thứ tự."
      />
      <FormField
        label="Địa chỉ trên Cổng Dịch vụ công quốc gia"
        name="nationalPortalUrl"
        type="url"
        maxLength={2000}
        defaultValue={typed('nationalPortalUrl')}
        errors={errors?.nationalPortalUrl}
        hint="Trang https thuộc tên miền gov.vn; người đọc mở trong thẻ mới."
      />
      <FormField label="Ghi chú" name="note" multiline rows={2} maxLength={1000} defaultValue={typed('note')} errors={errors?.note} />
      <fieldset aria-invalid={errors?.legalBasisIds ? true : undefined} className="rounded border border-slate-200 bg-white p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">Căn cứ pháp lý</legend>
        {documents.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa có văn bản trong thư viện văn bản.</p>
        ) : (
          <ul className="max-h-64 space-y-1 overflow-y-auto">
            {documents.map((document) => (
              <li key={document.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="legalBasisIds"
                    value={document.id}
                    defaultChecked={initial.legalBasisIds.includes(document.id)}
                    className="mt-1"
                  />
                  <span>
                    <strong>{document.number}</strong> {document.summary}
                    {!document.published && <em className="text-slate-600"> (chưa xuất bản, không hiện với người đọc)</em>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {errors?.legalBasisIds?.[0] && <p className="mt-1 text-sm font-medium text-red-700">{errors.legalBasisIds[0]}</p>}
      </fieldset>
      <MediaListField name="formIds" label="Mẫu đơn, tờ khai (PDF, DOC, DOCX)" accept={['pdf', 'office']} initial={initial.forms} errors={errors?.formIds} />
      <PublishAndSave published={initial.published} pending={pending} editing={Boolean(initial.id)} noun="thủ tục" />
    </form>
  );
}
