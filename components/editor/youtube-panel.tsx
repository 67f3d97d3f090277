'use client';

import type { Editor } from '@tiptap/react';
import { parseYouTubeId, youTubeEmbedUrl } from '@/lib/media/youtube';
import { insertYoutubeVideo } from './insert-block';
import { UrlPanel } from './url-panel';

// Embeds a YouTube video from any common link form; stored as the canonical no-cookie URL.
export function YoutubePanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  function apply(value: string): string | null {
    const id = parseYouTubeId(value);
    if (!id) return 'Đường dẫn YouTube không hợp lệ. Dán liên kết dạng youtube.com/watch?v=…, youtu.be/…, /shorts/… hoặc /embed/….';
    insertYoutubeVideo(editor, youTubeEmbedUrl(id));
    return null;
  }

  return (
    <UrlPanel
      inputId="editor-youtube-url"
      groupLabel="Chèn video YouTube"
      fieldLabel="Đường dẫn video YouTube"
      applyLabel="Chèn video"
      onApply={apply}
      onClose={onClose}
    />
  );
}
