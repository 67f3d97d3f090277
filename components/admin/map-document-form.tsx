'use client';

import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { saveMapDocumentAction } from '@/lib/actions/map-documents';
import { mapDocumentInputSchema } from '@/lib/validation/map-document';
import { MediaField, type MediaFieldValue } from './media-field';
import { useActionForm } from './use-action-form';

export interface MapDocumentFormValues {
  id?: string;
  title: string;
  description: string;
  sortOrder: number;
  published: boolean;
  file: MediaFieldValue | null;
}

/** Create or edit an administrative-map document: an image or a PDF with a description. */
export function MapDocumentForm({ initial }: { initial: MapDocumentFormValues }) {
  const { errors, failureMessage, pending, onSubmit, formKey } = useActionForm(saveMapDocumentAction, {
    schema: mapDocumentInputSchema,
    successHref: '/quan-tri/ban-do',
  });
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {failureMessage ? <FormError message={failureMessage} /> : null}
      <FormField label="Tiêu đề" name="title" required maxLength={200} defaultValue={initial.title} errors={errors?.title} />
      <FormField label="Mô tả" name="description" multiline rows={5} maxLength={5000} defaultValue={initial.description} errors={errors?.description} />
      <MediaField
        name="mediaId"
        label="Ảnh hoặc tệp PDF của bản đồ"
        accept={['image', 'pdf']}
        initial={initial.file}
        errors={errors?.mediaId}
        required
        hint="Ảnh JPEG, PNG, WebP, GIF (tối đa 10 MB) hoặc PDF (tối đa 50 MB)."
      />
      <FormField
        label="Thứ tự hiển thị"
        name="sortOrder"
        type="number"
        min={0}
        max={9999}
        step={1}
        defaultValue={String(initial.sortOrder)}
        errors={errors?.sortOrder}
        hint="Số nhỏ hiện trước."
        className="max-w-xs"
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={initial.published} />
        Xuất bản (hiện trên trang Bản đồ hành chính)
      </label>
      <Button type="submit" pending={pending}>
        {pending ? 'Đang lưu…' : initial.id ? 'Lưu bản đồ' : 'Thêm bản đồ'}
      </Button>
    </form>
  );
}
