// YouTube addresses in every common form → the 11-character video id. Only the id is stored;
// embeds are rebuilt from it (youtube-nocookie.com), so nothing else from the URL survives.

const ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const SHORT_HOSTS = new Set(['youtu.be', 'www.youtu.be']);
const PATH_PREFIXES = ['embed', 'shorts', 'live', 'v', 'e'];

export function isYouTubeId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export function parseYouTubeId(input: string): string | null {
  const value = input.trim();
  if (isYouTubeId(value)) return value;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || (url.port && url.port !== '443' && url.port !== '80')) return null;
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  let candidate: string | null | undefined;
  if (SHORT_HOSTS.has(host)) {
    candidate = segments[0];
  } else if (YOUTUBE_HOSTS.has(host)) {
    if (segments[0] === 'watch' && segments.length === 1) candidate = url.searchParams.get('v');
    else if (segments.length >= 2 && PATH_PREFIXES.includes(segments[0] ?? '')) candidate = segments[1];
    else if (segments.length === 0 || segments[0] === 'attribution_link') candidate = url.searchParams.get('v');
  }
  return candidate && isYouTubeId(candidate) ? candidate : null;
}

export function youTubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${id}`;
}

/** The one form a YouTube embed is stored in (article bodies): the privacy-enhanced address. */
export function youTubeEmbedUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}`;
}
