'use client';

import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { listAlbumsForEditor } from '@/lib/actions/album-choices';
import type { AlbumChoice } from '@/lib/data/staff/photo-albums';
import { insertPhotoAlbum } from './insert-block';

// Places an album of the photo library in the body. Only its id (and title/slug for the stored
// link) is kept: readers always see the album as it is now.
export function AlbumPanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const selectId = useId();
  const [albums, setAlbums] = useState<AlbumChoice[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    let active = true;
    listAlbumsForEditor()
      .then((answer) => {
        if (!active) return;
        setAlbums(answer.data ?? []);
        if (!answer.ok) setError(answer.message);
      })
      .catch(() => active && setError('Không tải được danh sách album. Hãy thử lại.'));
    return () => {
      active = false;
    };
  }, []);

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    const album = albums?.find((candidate) => candidate.id === chosen);
    if (!album) {
      setError('Hãy chọn một album.');
      return;
    }
    insertPhotoAlbum(editor, { albumId: album.id, slug: album.slug, title: album.title });
    onClose();
  }

  return (
    <div role="group" aria-label="Chèn album ảnh" className="flex flex-wrap items-end gap-2 border-b border-slate-200 bg-slate-50 p-2">
      <div className="flex min-w-64 flex-1 flex-col">
        <label htmlFor={selectId} className="text-sm font-medium">
          Album ảnh
        </label>
        <select
          id={selectId}
          autoFocus
          value={chosen}
          disabled={albums === null}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${selectId}-error` : undefined}
          onChange={(event) => {
            setChosen(event.target.value);
            setError('');
          }}
          className="rounded border border-slate-300 bg-white px-2 py-1"
        >
          <option value="">{albums === null ? 'Đang tải…' : albums.length === 0 ? 'Chưa có album nào' : '— Chọn album —'}</option>
          {(albums ?? []).map((album) => (
            <option key={album.id} value={album.id}>
              {album.title}
              {album.published ? '' : ' (chưa xuất bản: bạn đọc chưa thấy)'}
            </option>
          ))}
        </select>
        {error ? (
          <p id={`${selectId}-error`} role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2">
        <button type="button" onClick={apply} className="rounded bg-brand-700 px-3 py-1 text-white">
          Chèn album
        </button>
        <button type="button" className="rounded border px-3 py-1" onClick={onClose}>
          Huỷ
        </button>
      </div>
    </div>
  );
}
