'use client';

import { youTubeAutoplayUrl } from './lazy-embeds';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** Sanitized body HTML whose YouTube play buttons turn into the embed when pressed. */
export function LazyEmbedContent({ html }: { html: string }) {
  function onClick(event: React.MouseEvent<HTMLDivElement>) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-youtube-id]');
    const id = button?.dataset.youtubeId;
    if (!button || !id || !YOUTUBE_ID.test(id)) return;
    const iframe = document.createElement('iframe');
    iframe.src = youTubeAutoplayUrl(id);
    iframe.title = 'Video YouTube';
    iframe.allow = 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture';
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = 'strict-origin-when-cross-origin';
    button.replaceWith(iframe);
    iframe.focus();
  }
  // Event delegation only: the targets are real <button>s, which Enter and Space already click.
  return <div className="prose-content" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
