'use client';

import { useCallback, useEffect, useId, useRef, useState, useTransition } from 'react';
import { listMediaForPicker } from '@/lib/actions/media';
import type { MediaPage } from '@/lib/data/staff/media';
import type { UploadKind } from '@/lib/media/limits';
import type { PickedMedia } from '@/lib/media/types';
import { MediaDropZone } from './media-drop-zone';
import { MediaThumb } from './media-thumb';

export interface MediaPickerProps {
  /** What may be picked or uploaded; images only by default. */
  accept?: readonly UploadKind[];
  onPick: (media: PickedMedia) => void;
  /** Text of the button that opens the picker. */
  buttonLabel?: string;
  buttonClassName?: string;
}

/**
 * Pick a file from the media library or upload a new one (button, drag and drop, paste).
 * Returns { id, url, alt, width, height, mimeType }; `url` is the stored file's /media/… address.
 * Anyone with media.upload may use it (authors included).
 */
export function MediaPicker({ accept = ['image'], onPick, buttonLabel = 'Chọn từ thư viện hoặc tải lên', buttonClassName }: MediaPickerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const searchId = useId();
  const [tab, setTab] = useState<'library' | 'upload'>('library');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<MediaPage | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const acceptKey = accept.join(',');

  const load = useCallback(
    (q: string, p: number) => {
      startLoading(async () => {
        try {
          const answer = await listMediaForPicker({ q, page: p, kinds: acceptKey.split(',') });
          setResult(answer.data ?? null);
          setLoadError(answer.ok ? null : answer.message);
        } catch {
          setLoadError('Không tải được thư viện. Hãy thử lại.');
        }
      });
    },
    [acceptKey],
  );

  function open() {
    dialogRef.current?.showModal();
    load(query, page);
  }

  function search() {
    setPage(1);
    load(query, 1);
  }

  function close() {
    dialogRef.current?.close();
  }

  function pick(media: PickedMedia) {
    onPick(media);
    close();
  }

  useEffect(() => {
    const dialog = dialogRef.current;
    return () => dialog?.close();
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={open}
        className={buttonClassName ?? 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50'}
      >
        {buttonLabel}
      </button>
      <dialog ref={dialogRef} aria-label="Thư viện media" className="w-[min(56rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50">
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
          <h2 className="text-lg font-bold">Thư viện media</h2>
          <button type="button" onClick={close} className="rounded px-2 py-1 text-xl leading-none hover:bg-slate-100" aria-label="Đóng">
            ×
          </button>
        </div>
        <div className="flex gap-2 border-b border-slate-200 px-4 pt-3" role="group" aria-label="Cách chọn tệp">
          {(['library', 'upload'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={tab === value}
              onClick={() => setTab(value)}
              className={`rounded-t px-3 py-2 text-sm font-semibold ${tab === value ? 'bg-brand-700 text-white' : 'text-brand-700 hover:bg-brand-50'}`}
            >
              {value === 'library' ? 'Chọn trong thư viện' : 'Tải lên tệp mới'}
            </button>
          ))}
        </div>
        <div className="max-h-[70vh] overflow-y-auto p-4">
          {tab === 'upload' ? (
            <MediaDropZone accept={accept} multiple={false} onUploaded={(media) => pick(media)} />
          ) : (
            <div>
              {/* Not a <form>: the picker usually sits inside another form (video, map, article). */}
              <div role="search" className="flex gap-2">
                <label className="sr-only" htmlFor={searchId}>
                  Tìm tệp
                </label>
                <input
                  id={searchId}
                  type="search"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter') return;
                    // Enter would submit the surrounding form: here it searches.
                    event.preventDefault();
                    search();
                  }}
                  placeholder="Tìm theo tên tệp hoặc mô tả"
                  className="flex-1 rounded border border-slate-300 px-3 py-1.5"
                />
                <button type="button" onClick={search} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">
                  Tìm
                </button>
              </div>
              {loadError ? (
                <p role="alert" className="mt-3 text-sm text-red-700">
                  {loadError}
                </p>
              ) : null}
              <div aria-busy={loading} className="mt-3">
                {result && result.items.length === 0 ? <p className="text-sm text-slate-600">Không có tệp nào phù hợp.</p> : null}
                <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
                  {result?.items.map((item) => (
                    <li key={item.id}>
                      <button
                        type="button"
                        onClick={() => pick({ id: item.id, url: item.url, alt: item.altText, width: item.width, height: item.height, mimeType: item.mimeType })}
                        className="block w-full rounded border border-slate-200 bg-white p-1 text-left hover:border-brand-600 focus-visible:border-brand-600"
                      >
                        <MediaThumb mimeType={item.mimeType} thumbnailUrl={item.thumbnailUrl} />
                        <span className="mt-1 block truncate text-xs" title={item.originalName}>
                          {item.originalName}
                        </span>
                        <span className="sr-only">{item.altText ? `, mô tả: ${item.altText}` : ''}</span>
                      </button>
                    </li>
                  ))}
                </ul>
                {result && result.pageCount > 1 ? (
                  <nav aria-label="Trang thư viện" className="mt-3 flex items-center justify-between text-sm">
                    <button
                      type="button"
                      disabled={result.page <= 1 || loading}
                      onClick={() => {
                        setPage(result.page - 1);
                        load(query, result.page - 1);
                      }}
                      className="rounded border px-3 py-1 disabled:opacity-50"
                    >
                      ← Trang trước
                    </button>
                    <span>
                      Trang {result.page}/{result.pageCount}
                    </span>
                    <button
                      type="button"
                      disabled={result.page >= result.pageCount || loading}
                      onClick={() => {
                        setPage(result.page + 1);
                        load(query, result.page + 1);
                      }}
                      className="rounded border px-3 py-1 disabled:opacity-50"
                    >
                      Trang sau →
                    </button>
                  </nav>
                ) : null}
              </div>
            </div>
          )}
        </div>
      </dialog>
    </>
  );
}
