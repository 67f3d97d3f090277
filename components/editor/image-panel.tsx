'use client';

import { useState } from 'react';
import type { Editor } from '@tiptap/react';

export interface PickedImage {
  mediaId: string;
  src: string;
  alt: string;
}

export type RenderImagePicker = (onPick: (image: PickedImage) => void) => React.ReactNode;

// Inserts an image chosen from the media library (or just uploaded to it): alt text is
// required, the caption optional.
export function ImagePanel({ editor, onClose, renderPicker }: { editor: Editor; onClose: () => void; renderPicker: RenderImagePicker }) {
  const [image, setImage] = useState<PickedImage | null>(null);
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [error, setError] = useState('');

  function apply(event: React.SyntheticEvent) {
    event.preventDefault();
    if (!image) return setError('Chọn hoặc tải lên một ảnh.');
    if (!alt.trim()) return setError('Nhập mô tả ảnh (alt): bắt buộc để người khiếm thị hiểu nội dung ảnh.');
    editor
      .chain()
      .focus()
      // A paragraph after the image takes the cursor: otherwise the image stays selected and the
      // next insert or keystroke replaces it.
      .insertContent([{ type: 'image', attrs: { src: image.src, alt: alt.trim(), caption: caption.trim(), mediaId: image.mediaId } }, { type: 'paragraph' }])
      .run();
    onClose();
  }

  return (
    <div
      role="group"
      className="space-y-2 border-b border-slate-200 bg-slate-50 p-2"
      aria-label="Chèn ảnh"
      onKeyDown={(event) => event.key === 'Enter' && event.target instanceof HTMLInputElement && apply(event)}
    >
      {image ? (
        <div className="flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of an uploaded file; next/image adds nothing here */}
          <img src={image.src} alt="" className="h-16 w-24 rounded object-cover" />
          <button type="button" className="rounded border px-3 py-1" onClick={() => setImage(null)}>
            Chọn ảnh khác
          </button>
        </div>
      ) : (
        renderPicker((picked) => {
          setImage(picked);
          setAlt((current) => current || picked.alt);
          setError('');
        })
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="flex flex-col text-sm font-medium">
          Mô tả ảnh (alt, bắt buộc)
          <input value={alt} onChange={(event) => setAlt(event.target.value)} className="rounded border border-slate-300 px-2 py-1 font-normal" />
        </label>
        <label className="flex flex-col text-sm font-medium">
          Chú thích ảnh
          <input value={caption} onChange={(event) => setCaption(event.target.value)} className="rounded border border-slate-300 px-2 py-1 font-normal" />
        </label>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="button" onClick={apply} className="rounded bg-brand-700 px-3 py-1 text-white">
          Chèn ảnh
        </button>
        <button type="button" className="rounded border px-3 py-1" onClick={onClose}>
          Huỷ
        </button>
      </div>
    </div>
  );
}
