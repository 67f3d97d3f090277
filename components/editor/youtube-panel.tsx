'use client';

import { useState } from 'react';
import type { Editor } from '@tiptap/react';
import { parseYoutubeId, youtubeEmbedUrl } from '@/lib/validation/youtube';

// Embeds a YouTube video from any common link form; stored as the canonical no-cookie URL.
export function YoutubePanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');

  function apply(event: React.SyntheticEvent) {
    event.preventDefault();
    const id = parseYoutubeId(url);
    if (!id) {
      setError('Đường dẫn YouTube không hợp lệ. Dán liên kết dạng youtube.com/watch?v=…, youtu.be/…, /shorts/… hoặc /embed/….');
      return;
    }
    editor.chain().focus().setYoutubeVideo({ src: youtubeEmbedUrl(id) }).run();
    onClose();
  }

  return (
    <div role="group" className="flex flex-wrap items-start gap-2 border-b border-slate-200 bg-slate-50 p-2" aria-label="Chèn video YouTube" onKeyDown={(event) => event.key === 'Enter' && event.target instanceof HTMLInputElement && apply(event)}>
      <div className="flex min-w-64 flex-1 flex-col">
        <label htmlFor="editor-youtube-url" className="text-sm font-medium">
          Đường dẫn video YouTube
        </label>
        <input
          id="editor-youtube-url"
          type="text"
          inputMode="url"
          autoFocus
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setError('');
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'editor-youtube-error' : undefined}
          className="rounded border border-slate-300 px-2 py-1"
        />
        {error && (
          <p id="editor-youtube-error" role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <div className="flex gap-2 self-end">
        <button type="button" onClick={apply} className="rounded bg-brand-700 px-3 py-1 text-white">
          Chèn video
        </button>
        <button type="button" className="rounded border px-3 py-1" onClick={onClose}>
          Huỷ
        </button>
      </div>
    </div>
  );
}
