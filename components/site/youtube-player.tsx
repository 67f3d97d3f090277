'use client';

import { useState } from 'react';

// The page makes no request to YouTube until the reader presses play: the poster is drawn
// locally (children), and only then the privacy-enhanced embed is inserted.
export function YoutubePlayer({ youtubeId, title, children }: { youtubeId: string; title: string; children: React.ReactNode }) {
  const [playing, setPlaying] = useState(false);
  if (playing) {
    return (
      <iframe
        src={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(youtubeId)}?autoplay=1&rel=0`}
        title={`Video: ${title}`}
        className="aspect-video w-full rounded"
        allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    );
  }
  return (
    <button type="button" onClick={() => setPlaying(true)} className="group relative block w-full text-left" aria-label={`Phát video: ${title}`}>
      {children}
      <span aria-hidden="true" className="absolute inset-0 flex items-center justify-center">
        <span className="flex size-16 items-center justify-center rounded-full bg-accent-500/90 text-white shadow-lg group-hover:bg-accent-500 group-focus-visible:ring-4 group-focus-visible:ring-amber-400">
          <svg viewBox="0 0 24 24" width="28" height="28" fill="currentColor">
            <path d="M8 5v14l11-7z" />
          </svg>
        </span>
      </span>
    </button>
  );
}
