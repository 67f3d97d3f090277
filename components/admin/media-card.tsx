'use client';

import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormField } from '@/components/ui/form-field';
import { deleteMediaAction, updateMediaAltTextAction } from '@/lib/actions/media';
import { formatBytes } from '@/lib/media/limits';
import { MediaThumb } from './media-thumb';
import { useActionForm } from './use-action-form';

export interface MediaCardData {
  id: string;
  url: string;
  thumbnailUrl: string | null;
  originalName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  altText: string;
  uploaderName: string | null;
  createdAtLabel: string;
  usage: { key: string; label: string; title: string; href: string }[];
}

/** One library file: preview, details, where it is used, alt text form and delete. */
export function MediaCard({ media }: { media: MediaCardData }) {
  const alt = useActionForm(updateMediaAltTextAction, { refresh: true, onSuccess: () => undefined });
  const remove = useActionForm(deleteMediaAction, { refresh: true });
  const isImage = media.mimeType.startsWith('image/');
  const altValue = (alt.state?.ok ? alt.state.data?.altText : alt.values?.altText) ?? media.altText;

  return (
    <li className="flex flex-col rounded border border-slate-200 bg-white p-3 shadow-sm" aria-label={media.originalName}>
      <a href={media.url} target="_blank" rel="noreferrer" aria-label={`Mở “${media.originalName}” trong thẻ mới`}>
        <MediaThumb mimeType={media.mimeType} thumbnailUrl={media.thumbnailUrl} />
      </a>
      <p className="mt-2 truncate font-semibold" title={media.originalName}>
        {media.originalName}
      </p>
      <p className="text-xs text-slate-600">
        {media.mimeType} · {formatBytes(media.byteSize)}
        {media.width && media.height ? ` · ${media.width} × ${media.height}` : ''}
      </p>
      <p className="text-xs text-slate-600">
        {media.uploaderName ? `${media.uploaderName}, ` : ''}
        {media.createdAtLabel}
      </p>

      <div className="mt-2 text-sm">
        {media.usage.length ? (
          <>
            <p className="font-semibold">Đang dùng ở:</p>
            <ul className="list-disc pl-5">
              {media.usage.map((use) => (
                <li key={use.key}>
                  {use.label}:{' '}
                  <a href={use.href} className="text-brand-700 underline">
                    {use.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-slate-600">Chưa dùng ở đâu.</p>
        )}
      </div>

      {isImage ? (
        <form onSubmit={alt.onSubmit} className="mt-3 space-y-2">
          <input type="hidden" name="id" value={media.id} />
          <FormField
            key={altValue}
            label="Mô tả ảnh (alt)"
            name="altText"
            defaultValue={altValue}
            maxLength={300}
            errors={alt.errors?.altText}
            hint="Mô tả ngắn nội dung ảnh cho người khiếm thị."
          />
          <Button type="submit" size="sm" variant="secondary" pending={alt.pending}>
            {alt.pending ? 'Đang lưu…' : 'Lưu mô tả'}
          </Button>
        </form>
      ) : null}

      <form onSubmit={remove.onSubmit} className="mt-auto pt-3">
        <input type="hidden" name="id" value={media.id} />
        <ConfirmButton
          size="sm"
          pending={remove.pending}
          confirmMessage={`Xóa vĩnh viễn “${media.originalName}” và mọi kích thước của tệp?`}
          aria-label={`Xóa “${media.originalName}”`}
        >
          {remove.pending ? 'Đang xóa…' : 'Xóa'}
        </ConfirmButton>
        {remove.failureMessage ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {remove.failureMessage}
          </p>
        ) : null}
      </form>
    </li>
  );
}
