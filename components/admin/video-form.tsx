'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { saveVideoAction } from '@/lib/actions/videos';
import { videoInputSchema } from '@/lib/validation/video';
import { MediaField, type MediaFieldValue } from './media-field';
import { useActionForm } from './use-action-form';

export interface VideoFormValues {
  id?: string;
  title: string;
  description: string;
  source: 'YOUTUBE' | 'UPLOAD';
  youtubeUrl: string;
  published: boolean;
  file: MediaFieldValue | null;
  thumbnail: MediaFieldValue | null;
}

/** Create or edit a video: a YouTube address (any common form) or an uploaded MP4. */
export function VideoForm({ initial }: { initial: VideoFormValues }) {
  const { errors, failureMessage, pending, onSubmit, formKey } = useActionForm(saveVideoAction, { schema: videoInputSchema, successHref: '/quan-tri/video' });
  const [source, setSource] = useState(initial.source);

  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {failureMessage ? <FormError message={failureMessage} /> : null}
      <FormField label="Tiêu đề" name="title" required maxLength={200} defaultValue={initial.title} errors={errors?.title} />
      <FormField label="Mô tả" name="description" multiline rows={4} maxLength={2000} defaultValue={initial.description} errors={errors?.description} />

      <fieldset className="rounded border border-slate-200 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">Nguồn video</legend>
        <div className="flex flex-wrap gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="source" value="YOUTUBE" checked={source === 'YOUTUBE'} onChange={() => setSource('YOUTUBE')} />
            Video trên YouTube
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="source" value="UPLOAD" checked={source === 'UPLOAD'} onChange={() => setSource('UPLOAD')} />
            Tệp MP4 tải lên
          </label>
        </div>
      </fieldset>

      <div hidden={source !== 'YOUTUBE'}>
        <FormField
          label="Địa chỉ YouTube"
          name="youtubeUrl"
          inputMode="url"
          maxLength={500}
          defaultValue={initial.youtubeUrl}
          errors={errors?.youtubeUrl}
          hint="Dán địa chỉ bất kỳ dạng: youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/…, youtube.com/embed/…"
        />
      </div>
      <div hidden={source !== 'UPLOAD'}>
        <MediaField name="mediaId" label="Tệp video MP4" accept={['video']} initial={initial.file} errors={errors?.mediaId} hint="Tối đa 500 MB." />
      </div>
      <MediaField
        name="thumbnailMediaId"
        label="Ảnh đại diện (không bắt buộc)"
        accept={['image']}
        initial={initial.thumbnail}
        errors={errors?.thumbnailMediaId}
        hint="Để trống với video YouTube: trang công khai tự vẽ ảnh đại diện từ mã video."
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="published" defaultChecked={initial.published} />
        Xuất bản (hiện trên Thư viện video)
      </label>
      <Button type="submit" pending={pending}>
        {pending ? 'Đang lưu…' : initial.id ? 'Lưu video' : 'Thêm video'}
      </Button>
    </form>
  );
}
