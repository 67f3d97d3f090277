'use client';

import { useState } from 'react';
import type { UploadKind } from '@/lib/media/limits';
import type { MediaFieldValue, PickedMedia } from '@/lib/media/types';
import { MediaPicker } from './media-picker';
import { MediaThumb } from './media-thumb';

export type { MediaFieldValue };

export interface MediaFieldProps {
  name: string;
  label: string;
  accept: readonly UploadKind[];
  initial: MediaFieldValue | null;
  errors?: readonly string[];
  hint?: string;
  required?: boolean;
}

/** A form field holding one media id (hidden input `name`), chosen with the MediaPicker. */
export function MediaField({ name, label, accept, initial, errors, hint, required }: MediaFieldProps) {
  const [value, setValue] = useState<MediaFieldValue | null>(initial);
  const error = errors?.[0];
  const labelId = `${name}-label`;

  function onPick(media: PickedMedia) {
    setValue({
      id: media.id,
      url: media.url,
      mimeType: media.mimeType,
      thumbnailUrl: media.mimeType.startsWith('image/') ? media.url : null,
      label: media.alt || media.url.split('/').pop() || media.id,
    });
  }

  return (
    <fieldset aria-labelledby={labelId} aria-invalid={error ? true : undefined} className="rounded border border-slate-200 bg-white p-3">
      <legend id={labelId} className="px-1 text-sm font-semibold text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      <input type="hidden" name={name} value={value?.id ?? ''} />
      <div className="flex flex-wrap items-center gap-3">
        {value ? (
          <div className="flex items-center gap-3" data-testid={`${name}-selected`}>
            <div className="w-24">
              <MediaThumb mimeType={value.mimeType} thumbnailUrl={value.thumbnailUrl} />
            </div>
            <a href={value.url} target="_blank" rel="noreferrer" className="max-w-xs truncate text-sm text-brand-700 underline">
              {value.label}
            </a>
          </div>
        ) : (
          <p className="text-sm text-slate-600">Chưa chọn tệp.</p>
        )}
        <MediaPicker accept={accept} onPick={onPick} buttonLabel={value ? 'Đổi tệp' : 'Chọn hoặc tải lên tệp'} />
        {value ? (
          <button type="button" onClick={() => setValue(null)} className="text-sm text-red-700 underline">
            Bỏ chọn
          </button>
        ) : null}
      </div>
      {hint ? <p className="mt-1 text-sm text-slate-600">{hint}</p> : null}
      {error ? <p className="mt-1 text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}
