'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormField } from '@/components/ui/form-field';
import { useToast } from '@/components/ui/toast';
import { deleteMediaAction, updateMediaAltTextAction } from '@/lib/actions/media';
import { formatBytes } from '@/lib/media/limits';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/validation/media';
import { MediaThumb } from './media-thumb';

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

function useResultToast(state: FormState) {
  const toast = useToast();
  const router = useRouter();
  const shown = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!state.at || shown.current === state.at || !state.message) return;
    shown.current = state.at;
    if (state.ok) {
      toast.success(state.message);
      router.refresh();
    } else {
      toast.error(state.message);
    }
  }, [state, toast, router]);
}

/** One library file: preview, details, where it is used, alt text form and delete. */
export function MediaCard({ media }: { media: MediaCardData }) {
  const [altState, saveAlt, savingAlt] = useActionState(updateMediaAltTextAction, INITIAL_FORM_STATE);
  const [deleteState, remove, deleting] = useActionState(deleteMediaAction, INITIAL_FORM_STATE);
  useResultToast(altState);
  useResultToast(deleteState);
  const isImage = media.mimeType.startsWith('image/');
  const altValue = altState.values?.altText ?? media.altText;

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
        <form action={saveAlt} className="mt-3 space-y-2">
          <input type="hidden" name="id" value={media.id} />
          <FormField
            key={altValue}
            label="Mô tả ảnh (alt)"
            name="altText"
            defaultValue={altValue}
            maxLength={300}
            errors={altState.errors?.altText}
            hint="Mô tả ngắn nội dung ảnh cho người khiếm thị."
          />
          <Button type="submit" size="sm" variant="secondary" pending={savingAlt}>
            {savingAlt ? 'Đang lưu…' : 'Lưu mô tả'}
          </Button>
        </form>
      ) : null}

      <form action={remove} className="mt-auto pt-3">
        <input type="hidden" name="id" value={media.id} />
        <ConfirmButton
          size="sm"
          pending={deleting}
          confirmMessage={`Xóa vĩnh viễn “${media.originalName}” và mọi kích thước của tệp?`}
          aria-label={`Xóa “${media.originalName}”`}
        >
          {deleting ? 'Đang xóa…' : 'Xóa'}
        </ConfirmButton>
        {deleteState.ok === false && deleteState.message ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {deleteState.message}
          </p>
        ) : null}
      </form>
    </li>
  );
}
