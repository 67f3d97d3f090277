'use client';

import { useState } from 'react';
import type { FieldErrors } from '@/lib/actions/action-result';
import type { PickedMedia } from '@/lib/media/types';
import { MediaPicker } from '../media-picker';
import { SortableList } from '../sortable-list';

export interface AlbumImageValue {
  mediaId: string;
  /** A small preview of the library image. */
  thumbnailUrl: string;
  alt: string;
  caption: string;
  credit: string;
}

const INPUT = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm';

/**
 * The album's images: added from the media library (the shared picker), reordered by drag or
 * by keyboard (the shared sortable list), each with a caption and a credit; one is the cover.
 * The whole list is posted as one JSON field, `images`, in the order shown.
 */
export function AlbumImagesField({
  initialImages,
  initialCover,
  errors,
}: {
  initialImages: AlbumImageValue[];
  initialCover: string | null;
  errors: FieldErrors | null | undefined;
}) {
  const [images, setImages] = useState(initialImages);
  const [cover, setCover] = useState<string | null>(initialCover);
  const [notice, setNotice] = useState('');
  const error = errors?.images?.[0];
  const coverError = errors?.coverMediaId?.[0];

  function add(media: PickedMedia) {
    if (images.some((image) => image.mediaId === media.id)) {
      setNotice('Ảnh này đã có trong album.');
      return;
    }
    setNotice(`Đã thêm ảnh ${images.length + 1}.`);
    setImages((current) => [...current, { mediaId: media.id, thumbnailUrl: media.url, alt: media.alt, caption: media.alt, credit: '' }]);
  }

  function update(mediaId: string, patch: Partial<Pick<AlbumImageValue, 'caption' | 'credit'>>) {
    setImages((current) => current.map((image) => (image.mediaId === mediaId ? { ...image, ...patch } : image)));
  }

  function remove(mediaId: string) {
    setImages((current) => current.filter((image) => image.mediaId !== mediaId));
    if (cover === mediaId) setCover(null);
    setNotice('Đã bỏ ảnh khỏi album.');
  }

  async function reorder(ids: string[]): Promise<boolean> {
    setImages((current) => ids.map((id) => current.find((image) => image.mediaId === id)).filter((image): image is AlbumImageValue => image !== undefined));
    return true;
  }

  const posted = JSON.stringify(images.map(({ mediaId, caption, credit }) => ({ mediaId, caption, credit })));
  return (
    <fieldset aria-describedby={error ? 'album-images-error' : undefined} className="space-y-3 rounded border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">Ảnh trong album ({images.length})</legend>
      <input type="hidden" name="images" value={posted} />
      <input type="hidden" name="coverMediaId" value={cover ?? ''} />
      {images.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa có ảnh. Chọn ảnh từ thư viện media hoặc tải ảnh mới lên.</p>
      ) : (
        <SortableList
          items={images.map((image) => ({ ...image, id: image.mediaId }))}
          label="Thứ tự ảnh trong album"
          itemName={(image) => `Ảnh ${images.findIndex((other) => other.mediaId === image.mediaId) + 1}${image.caption ? `: ${image.caption}` : ''}`}
          onReorder={reorder}
          renderItem={(image) => (
            <div className="flex flex-wrap items-start gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail in the admin */}
              <img src={image.thumbnailUrl} alt={image.alt} width={96} height={72} className="h-18 w-24 rounded object-cover" />
              <div className="grid min-w-56 flex-1 gap-2 sm:grid-cols-2">
                <label className="text-sm">
                  Chú thích
                  <input className={INPUT} maxLength={500} value={image.caption} onChange={(event) => update(image.mediaId, { caption: event.target.value })} />
                </label>
                <label className="text-sm">
                  Tác giả ảnh
                  <input className={INPUT} maxLength={200} value={image.credit} onChange={(event) => update(image.mediaId, { credit: event.target.value })} />
                </label>
              </div>
              <div className="flex flex-col gap-1 text-sm">
                <label className="flex items-center gap-1">
                  <input type="radio" name="album-cover-choice" checked={cover === image.mediaId} onChange={() => setCover(image.mediaId)} />
                  Ảnh bìa
                </label>
                <button type="button" className="text-left text-red-700 underline" onClick={() => remove(image.mediaId)}>
                  Bỏ ảnh
                </button>
              </div>
            </div>
          )}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <MediaPicker accept={['image']} onPick={add} buttonLabel="Thêm ảnh từ thư viện" />
        {cover ? (
          <button type="button" className="text-sm text-brand-700 underline" onClick={() => setCover(null)}>
            Dùng ảnh đầu tiên làm ảnh bìa
          </button>
        ) : (
          <p className="text-sm text-slate-600">Ảnh bìa: ảnh đầu tiên (chọn “Ảnh bìa” ở một ảnh để đổi).</p>
        )}
      </div>
      <p aria-live="polite" className="sr-only">
        {notice}
      </p>
      {error ? (
        <p id="album-images-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {coverError ? <p className="text-sm font-medium text-red-700">{coverError}</p> : null}
    </fieldset>
  );
}
