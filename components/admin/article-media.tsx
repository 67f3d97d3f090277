'use client';

import { useState } from 'react';
import type { RenderImagePicker } from '@/components/editor/image-panel';
import { MediaPicker } from './media-picker';

// Bridges the editor to the media library (pick, or upload by button / drag and drop / paste):
// the image button of the body and the cover image field.

export const renderArticleImagePicker: RenderImagePicker = (onPick) => (
  <MediaPicker
    accept={['image']}
    buttonLabel="Chọn ảnh từ thư viện hoặc tải lên"
    onPick={(media) => onPick({ mediaId: media.id, src: media.url, alt: media.alt })}
  />
);

export function ArticleCoverPicker({
  value,
  initialUrl,
  onChange,
}: {
  value: string | null;
  initialUrl: string | null;
  onChange: (id: string | null) => void;
}) {
  const [url, setUrl] = useState<string | null>(initialUrl);
  return (
    <div className="mt-1 space-y-2">
      {value && url ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small preview of a stored upload
        <img src={url} alt="Ảnh đại diện đã chọn" className="h-28 w-full rounded object-cover" />
      ) : (
        <p className="text-sm text-slate-600">Chưa có ảnh đại diện.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <MediaPicker
          accept={['image']}
          buttonLabel={value ? 'Đổi ảnh đại diện' : 'Chọn ảnh đại diện'}
          onPick={(media) => {
            setUrl(media.url);
            onChange(media.id);
          }}
        />
        {value && (
          <button type="button" className="text-sm text-red-700 underline" onClick={() => (setUrl(null), onChange(null))}>
            Bỏ ảnh đại diện
          </button>
        )}
      </div>
    </div>
  );
}
