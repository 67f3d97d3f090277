'use client';

import { useEffect, useEffectEvent, useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { ACCEPT_ATTRIBUTE, type UploadKind } from '@/lib/media/limits';
import { acceptedKindsLabel } from '@/lib/media/errors';
import { uploadMediaFile, type UploadedMedia } from './media-upload-request';

export interface MediaDropZoneProps {
  accept: readonly UploadKind[];
  /** Called once per file stored in the library. */
  onUploaded: (media: UploadedMedia) => void;
  multiple?: boolean;
  /** Also take files pasted anywhere on the page (the library page does; a dialog doesn't need to). */
  pasteOnWindow?: boolean;
  className?: string;
}

/** Upload by button, drag and drop, or paste (Ctrl+V of a copied image) into the media library. */
export function MediaDropZone({ accept, onUploaded, multiple = true, pasteOnWindow = false, className = '' }: MediaDropZoneProps) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  async function uploadAll(files: File[]) {
    if (files.length === 0) return;
    setErrors([]);
    const failures: string[] = [];
    for (const file of multiple ? files : files.slice(0, 1)) {
      setProgress({ name: file.name, fraction: 0 });
      const outcome = await uploadMediaFile(file, accept, (fraction) => setProgress({ name: file.name, fraction }));
      if (outcome.ok) onUploaded(outcome.media);
      else failures.push(outcome.error);
    }
    setProgress(null);
    setErrors(failures);
    if (inputRef.current) inputRef.current.value = '';
  }

  const uploadPasted = useEffectEvent((files: File[]) => void uploadAll(files));
  useEffect(() => {
    if (!pasteOnWindow) return;
    // Paste anywhere on the page, except into a text field (there it pastes text as usual).
    const listener = (event: globalThis.ClipboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      uploadPasted(files);
    };
    window.addEventListener('paste', listener);
    return () => window.removeEventListener('paste', listener);
  }, [pasteOnWindow]);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void uploadAll(Array.from(event.dataTransfer.files));
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>) {
    const files = Array.from(event.clipboardData.files);
    if (files.length === 0) return;
    event.preventDefault();
    void uploadAll(files);
  }

  return (
    <div className={className}>
      <div
        role="group"
        aria-label="Tải tệp lên"
        tabIndex={0}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        onPaste={onPaste}
        data-dragging={dragging || undefined}
        className={`rounded border-2 border-dashed p-4 text-center text-sm ${dragging ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white'}`}
      >
        <p className="text-slate-700">Kéo thả tệp vào đây, dán ảnh (Ctrl+V) khi ô này đang chọn, hoặc</p>
        <label htmlFor={inputId} className="mt-2 inline-block cursor-pointer rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Chọn tệp từ máy
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          className="sr-only"
          accept={accept.map((kind) => ACCEPT_ATTRIBUTE[kind]).join(',')}
          multiple={multiple}
          disabled={progress !== null}
          onChange={(event) => void uploadAll(Array.from(event.target.files ?? []))}
        />
        <p className="mt-2 text-xs text-slate-600">Nhận: {acceptedKindsLabel(accept)}.</p>
        {progress ? (
          <div className="mt-3" role="status">
            <p>
              Đang tải lên “{progress.name}”… {Math.round(progress.fraction * 100)}%
            </p>
            <progress className="w-full" max={1} value={progress.fraction} aria-label="Tiến độ tải lên" />
          </div>
        ) : null}
      </div>
      {errors.length ? (
        <ul role="alert" className="mt-2 space-y-1 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
