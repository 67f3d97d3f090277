// YouTube links in any form editors paste them (watch, youtu.be, shorts, embed, nocookie) →
// the 11-character video id, with one parser for the whole app (lib/media/youtube.ts).

export { parseYouTubeId as parseYoutubeId } from '@/lib/media/youtube';

/** The one form a YouTube embed is stored in. */
export function youtubeEmbedUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}`;
}
