'use client';

import { FormError, FormField } from '@/components/ui/form-field';
import { saveProjectAction } from '@/lib/actions/projects';
import { PROJECT_KIND_LABELS, PROJECT_KINDS, PROJECT_STATUS_LABELS, PROJECT_STATUSES } from '@/lib/decree/projects';
import { projectInputSchema } from '@/lib/validation/project';
import { useActionForm } from '../use-action-form';
import { PublishAndSave, TitleSlugFields } from '../title-slug-fields';
import { MediaListField, type MediaListItem } from './media-list-field';
import { SelectField } from './select-field';
import { CommuneSelectField, type CommuneChoice } from '../communes/commune-select-field';

export interface ProjectFormValues {
  id?: string;
  title: string;
  slug: string;
  kind: string;
  status: string;
  startYear: string;
  endYear: string;
  budgetMillionVnd: string;
  summary: string;
  published: boolean;
  communeId: string;
  attachments: MediaListItem[];
}

export function ProjectForm({ initial, communes }: { initial: ProjectFormValues; communes: readonly CommuneChoice[] }) {
  const { errors, values, failureMessage, pending, onSubmit, formKey } = useActionForm(saveProjectAction, {
    schema: projectInputSchema,
    successHref: '/quan-tri/du-an',
  });
  const typed = (name: Exclude<keyof ProjectFormValues, 'id' | 'published' | 'attachments'>) => values?.[name] ?? initial[name];
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {failureMessage ? <FormError message={failureMessage} /> : null}
      <TitleSlugFields
        label="Tên"
        name="title"
        maxLength={300}
        defaultTitle={typed('title')}
        initialSlug={initial.slug}
        editing={Boolean(initial.id)}
        addressPrefix="/du-an/"
        errors={errors}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Loại"
          name="kind"
          required
          defaultValue={typed('kind')}
          errors={errors?.kind}
          options={PROJECT_KINDS.map((code) => ({ value: code, label: PROJECT_KIND_LABELS[code] }))}
        />
        <SelectField
          label="Tình trạng"
          name="status"
          required
          defaultValue={typed('status')}
          errors={errors?.status}
          options={PROJECT_STATUSES.map((code) => ({ value: code, label: PROJECT_STATUS_LABELS[code] }))}
        />
        <FormField
          label="Năm bắt đầu"
          name="startYear"
          type="number"
          required
          min={1990}
          max={2100}
          defaultValue={typed('startYear')}
          errors={errors?.startYear}
        />
        <FormField label="Năm kết thúc" name="endYear" type="number" min={1990} max={2100} defaultValue={typed('endYear')} errors={errors?.endYear} />
        <CommuneSelectField communes={communes} defaultValue={typed('communeId')} errors={errors?.communeId} />
        <FormField
          label="Kinh phí (triệu đồng)"
          name="budgetMillionVnd"
          type="number"
          min={0}
          step="0.01"
          defaultValue={typed('budgetMillionVnd')}
          errors={errors?.budgetMillionVnd}
        />
      </div>
      <FormField
        label="Tóm tắt"
        name="summary"
        multiline
        rows={6}
        maxLength={5000}
        defaultValue={typed('summary')}
        errors={errors?.summary}
        hint="Để trống một dòng giữa các đoạn."
      />
      <MediaListField
        name="attachmentIds"
        label="Tài liệu kèm theo (PDF, DOC, DOCX)"
        accept={['pdf', 'office']}
        initial={initial.attachments}
        errors={errors?.attachmentIds}
      />
      <PublishAndSave published={initial.published} pending={pending} editing={Boolean(initial.id)} />
    </form>
  );
}
