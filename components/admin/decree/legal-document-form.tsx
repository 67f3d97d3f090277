'use client';

import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { saveLegalDocumentAction } from '@/lib/actions/legal-documents';
import { LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_DOCUMENT_TYPES } from '@/lib/decree/legal-documents';
import { legalDocumentInputSchema } from '@/lib/validation/legal-document';
import { useActionForm } from '../use-action-form';
import { MediaListField, type MediaListItem } from './media-list-field';
import { SelectField } from './select-field';

export interface LegalDocumentFormValues {
  id?: string;
  documentType: string;
  number: string;
  issuingBody: string;
  signer: string;
  issuedOn: string;
  effectiveOn: string;
  expiresOn: string;
  replacedById: string;
  summary: string;
  field: string;
  published: boolean;
  attachments: MediaListItem[];
}

/** Create or edit a legal document (EDITOR, ADMIN): metadata, replacement link and attached PDF/Word files. */
export function LegalDocumentForm({ initial, choices }: { initial: LegalDocumentFormValues; choices: { id: string; number: string }[] }) {
  const { errors, values, failureMessage, pending, onSubmit, formKey } = useActionForm(saveLegalDocumentAction, {
    schema: legalDocumentInputSchema,
    successHref: '/quan-tri/van-ban',
  });
  const typed = (name: keyof LegalDocumentFormValues) => values?.[name] ?? String(initial[name] ?? '');
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {failureMessage ? <FormError message={failureMessage} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Loại văn bản"
          name="documentType"
          required
          defaultValue={typed('documentType')}
          errors={errors?.documentType}
          options={[{ value: '', label: '— Chọn loại —' }, ...LEGAL_DOCUMENT_TYPES.map((code) => ({ value: code, label: LEGAL_DOCUMENT_TYPE_LABELS[code] }))]}
        />
        <FormField
          label="Số ký hiệu"
          name="number"
          required
          maxLength={100}
          defaultValue={typed('number')}
          errors={errors?.number}
          hint="Ví dụ: 224/2026/NĐ-CP"
        />
        <FormField label="Cơ quan ban hành" name="issuingBody" required maxLength={200} defaultValue={typed('issuingBody')} errors={errors?.issuingBody} />
        <FormField label="Người ký" name="signer" maxLength={200} defaultValue={typed('signer')} errors={errors?.signer} />
        <FormField label="Ngày ban hành" name="issuedOn" type="date" required defaultValue={typed('issuedOn')} errors={errors?.issuedOn} />
        <FormField
          label="Ngày có hiệu lực"
          name="effectiveOn"
          type="date"
          defaultValue={typed('effectiveOn')}
          errors={errors?.effectiveOn}
          hint="Bỏ trống: có hiệu lực từ ngày ban hành."
        />
        <FormField label="Ngày hết hiệu lực" name="expiresOn" type="date" defaultValue={typed('expiresOn')} errors={errors?.expiresOn} />
        <SelectField
          label="Được thay thế bởi"
          name="replacedById"
          defaultValue={typed('replacedById')}
          errors={errors?.replacedById}
          options={[{ value: '', label: '— Không —' }, ...choices.map((choice) => ({ value: choice.id, label: choice.number }))]}
        />
      </div>
      <FormField label="Trích yếu" name="summary" multiline rows={4} required maxLength={2000} defaultValue={typed('summary')} errors={errors?.summary} />
      <FormField
        label="Lĩnh vực"
        name="field"
        maxLength={200}
        defaultValue={typed('field')}
        errors={errors?.field}
        hint="Ví dụ: Công nghiệp, Đầu tư, Đất đai."
      />
      <MediaListField
        name="attachmentIds"
        label="Tệp đính kèm (PDF, DOC, DOCX)"
        accept={['pdf', 'office']}
        initial={initial.attachments}
        errors={errors?.attachmentIds}
        hint="PDF tối đa 50 MB, Word tối đa 20 MB. Tệp PDF đầu tiên được hiển thị trực tiếp trên trang văn bản."
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={initial.published} />
        Xuất bản (hiện trên trang Văn bản pháp quy)
      </label>
      <Button type="submit" pending={pending}>
        {pending ? 'Đang lưu…' : initial.id ? 'Lưu văn bản' : 'Thêm văn bản'}
      </Button>
    </form>
  );
}
