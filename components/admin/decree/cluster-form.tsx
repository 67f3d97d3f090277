'use client';

import { useState } from 'react';
import type { JSONContent } from '@tiptap/react';
import { RichTextEditor } from '@/components/editor/rich-text-editor';
import { FormError, FormField } from '@/components/ui/form-field';
import { saveClusterAction } from '@/lib/actions/clusters';
import { CLUSTER_STATUS_LABELS, CLUSTER_STATUSES } from '@/lib/decree/clusters';
import { clusterInputSchema } from '@/lib/validation/cluster';
import { renderArticleImagePicker } from '../article-media';
import { useActionForm } from '../use-action-form';
import { PublishAndSave, TitleSlugFields } from '../title-slug-fields';
import { ArticlePickerField } from './article-picker-field';
import { MediaListField, type MediaListItem } from './media-list-field';
import { SelectField } from './select-field';
import { CommuneSelectField, type CommuneChoice } from '../communes/commune-select-field';

export interface ClusterFormValues {
  id?: string;
  name: string;
  slug: string;
  communeId: string;
  district: string;
  commune: string;
  plannedAreaHa: string;
  leasedAreaHa: string;
  status: string;
  power: string;
  water: string;
  wastewater: string;
  roads: string;
  industries: string;
  developer: string;
  contact: string;
  landPriceMin: string;
  landPriceMax: string;
  latitude: string;
  longitude: string;
  description: JSONContent;
  published: boolean;
  photos: MediaListItem[];
  articles: { id: string; title: string }[];
}

type TextField = Exclude<keyof ClusterFormValues, 'id' | 'description' | 'published' | 'photos' | 'articles'>;

/** Create or edit an industrial cluster: figures, infrastructure, location, photos, description and related news. */
export function ClusterForm({ initial, communes }: { initial: ClusterFormValues; communes: readonly CommuneChoice[] }) {
  const { errors, values, failureMessage, pending, onSubmit, formKey } = useActionForm(saveClusterAction, {
    schema: clusterInputSchema,
    successHref: '/quan-tri/cum-cong-nghiep',
  });
  const [description, setDescription] = useState<JSONContent>(initial.description);
  const typed = (name: TextField) => values?.[name] ?? initial[name];
  const text = (name: TextField, label: string, extra: Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id'> & { hint?: string } = {}) => (
    <FormField label={label} name={name} defaultValue={typed(name)} errors={errors?.[name]} maxLength={500} {...extra} />
  );
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-4xl space-y-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <input type="hidden" name="description" value={JSON.stringify(description)} />
      {failureMessage ? <FormError message={failureMessage} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TitleSlugFields
          label="Tên cụm công nghiệp"
          name="name"
          maxLength={200}
          defaultTitle={typed('name')}
          initialSlug={initial.slug}
          editing={Boolean(initial.id)}
          addressPrefix="/cum-cong-nghiep/"
          errors={errors}
        />
        <CommuneSelectField communes={communes} defaultValue={typed('communeId')} errors={errors?.communeId} />
        {text('district', 'Huyện cũ (ghi chú lịch sử)', { maxLength: 100, hint: 'Trước 01/7/2025, nếu cần ghi lại.' })}
        {text('commune', 'Xã cũ (ghi chú lịch sử)', { maxLength: 100 })}
        {text('plannedAreaHa', 'Diện tích quy hoạch (ha)', { type: 'number', step: '0.01', min: 0, required: true })}
        {text('leasedAreaHa', 'Diện tích đã cho thuê (ha)', { type: 'number', step: '0.01', min: 0, hint: 'Tỷ lệ lấp đầy được tính tự động.' })}
        <SelectField
          label="Tình trạng"
          name="status"
          required
          defaultValue={typed('status')}
          errors={errors?.status}
          options={CLUSTER_STATUSES.map((code) => ({ value: code, label: CLUSTER_STATUS_LABELS[code] }))}
        />
        {text('developer', 'Chủ đầu tư hạ tầng', { maxLength: 300 })}
        {text('power', 'Cấp điện')}
        {text('water', 'Cấp nước')}
        {text('wastewater', 'Xử lý nước thải')}
        {text('roads', 'Giao thông')}
        {text('landPriceMin', 'Giá thuê đất thấp nhất (đồng/m²)', { type: 'number', min: 0, step: 1000 })}
        {text('landPriceMax', 'Giá thuê đất cao nhất (đồng/m²)', { type: 'number', min: 0, step: 1000 })}
        {text('latitude', 'Vĩ độ', { type: 'number', step: '0.000001', hint: 'Ví dụ 20.2506' })}
        {text('longitude', 'Kinh độ', { type: 'number', step: '0.000001', hint: 'Ví dụ 105.9745' })}
      </div>
      <FormField
        label="Ngành nghề thu hút"
        name="industries"
        multiline
        rows={2}
        maxLength={1000}
        defaultValue={typed('industries')}
        errors={errors?.industries}
      />
      <FormField label="Liên hệ" name="contact" multiline rows={2} maxLength={500} defaultValue={typed('contact')} errors={errors?.contact} />
      <MediaListField name="photoIds" label="Ảnh" accept={['image']} initial={initial.photos} errors={errors?.photoIds} max={20} />
      <RichTextEditor
        id="cluster-description"
        label="Giới thiệu chi tiết"
        initialContent={initial.description}
        onChange={setDescription}
        renderImagePicker={renderArticleImagePicker}
        invalid={Boolean(errors?.description)}
      />
      {errors?.description && <p className="text-sm font-medium text-red-700">{errors.description[0]}</p>}
      <ArticlePickerField name="articleIds" initial={initial.articles} errors={errors?.articleIds} />
      <PublishAndSave
        published={initial.published}
        pending={pending}
        editing={Boolean(initial.id)}
        noun="cụm công nghiệp"
        publishLabel="Xuất bản (hiện trên trang Cụm công nghiệp)"
      />
    </form>
  );
}
