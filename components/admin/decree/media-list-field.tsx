'use client';

import { useState } from 'react';
import type { UploadKind } from '@/lib/media/limits';
import type { PickedMedia } from '@/lib/media/types';
import { MediaPicker } from '../media-picker';
import { MediaThumb } from '../media-thumb';

export interface MediaListItem {
  id: string;
  url: string;
  mimeType: string;
  label: string;
  thumbnailUrl: string | null;
}

/** Several library files (attachments, photos) in one hidden field `name` (comma-separated ids), in order. */
export function MediaListField({
  name,
  label,
  accept,
  initial,
  errors,
  hint,
  max = 10,
}: {
  name: string;
  label: string;
  accept: readonly UploadKind[];
  initial: MediaListItem[];
  errors?: readonly string[];
  hint?: string;
  max?: number;
}) {
  const [items, setItems] = useState<MediaListItem[]>(initial);
  const error = errors?.[0];
  function add(media: PickedMedia) {
    setItems((current) =>
      current.some((item) => item.id === media.id)
        ? current
        : [
            ...current,
            {
              id: media.id,
              url: media.url,
              mimeType: media.mimeType,
              label: media.alt || decodeURIComponent(media.url.split('/').pop() ?? media.id),
              thumbnailUrl: media.mimeType.startsWith('image/') ? media.url : null,
            },
          ],
    );
  }
  return (
    <fieldset aria-invalid={error ? true : undefined} className="rounded border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{label}</legend>
      <input type="hidden" name={name} value={items.map((item) => item.id).join(',')} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa có tệp.</p>
      ) : (
        <ol className="space-y-2" data-testid={`${name}-list`}>
          {items.map((item, index) => (
            <li key={item.id} className="flex items-center gap-3">
              <div className="w-16">
                <MediaThumb mimeType={item.mimeType} thumbnailUrl={item.thumbnailUrl} />
              </div>
              <a href={item.url} target="_blank" rel="noreferrer" className="min-w-0 flex-1 truncate text-sm text-brand-700 underline">
                {item.label}
              </a>
              <button
                type="button"
                className="text-sm underline disabled:text-slate-400"
                disabled={index === 0}
                onClick={() => setItems((current) => [...current.slice(0, index - 1), current[index]!, current[index - 1]!, ...current.slice(index + 1)])}
              >
                Lên
              </button>
              <button
                type="button"
                className="text-sm text-red-700 underline"
                onClick={() => setItems((current) => current.filter((other) => other.id !== item.id))}
              >
                Bỏ<span className="sr-only"> {item.label}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {items.length < max && (
        <div className="mt-2">
          <MediaPicker accept={accept} onPick={add} buttonLabel="Thêm tệp" />
        </div>
      )}
      {hint && <p className="mt-1 text-sm text-slate-600">{hint}</p>}
      {error && <p className="mt-1 text-sm font-medium text-red-700">{error}</p>}
    </fieldset>
  );
}
