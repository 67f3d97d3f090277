// Article bodies store YouTube embeds as youtube-nocookie iframes. On the public site each one is
// replaced by a local "play" button, so reading a page makes no request to YouTube; the iframe is
// put back only when the reader presses play (components/site/lazy-embed-content.tsx).

const YOUTUBE_IFRAME = /<iframe\b[^>]*?\bsrc="https:\/\/www\.youtube-nocookie\.com\/embed\/([A-Za-z0-9_-]{11})[^"]*"[^>]*><\/iframe>/g;

export function deferYoutubeEmbeds(html: string): { html: string; deferred: number } {
  let deferred = 0;
  const replaced = html.replace(YOUTUBE_IFRAME, (_match, id: string) => {
    deferred += 1;
    return `<button type="button" class="youtube-poster" data-youtube-id="${id}"><span class="youtube-poster-play" aria-hidden="true">▶</span><span>Phát video YouTube</span></button>`;
  });
  return { html: replaced, deferred };
}

/** The address a deferred embed loads when the reader presses play: it starts at once, no related videos. */
export function youTubeAutoplayUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1&rel=0`;
}
