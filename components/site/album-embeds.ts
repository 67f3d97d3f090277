// Article bodies store a placed photo album as a placeholder (lib/content/photo-album-node.ts):
// <figure data-photo-album="id"><a href="/thu-vien-anh/slug">Album ảnh: title</a></figure>.
// The public page cuts the stored HTML at each placeholder and draws the live album there
// (components/site/rich-content.tsx); the stored HTML itself stays a plain link (RSS, search).

const ALBUM_PLACEHOLDER = /<figure data-photo-album="([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})">[\s\S]*?<\/figure>/g;

export type BodyPart = { kind: 'html'; html: string } | { kind: 'album'; albumId: string };

/** The body as HTML pieces and album places, in order; one HTML piece when it places no album. */
export function splitAlbumPlaceholders(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of html.matchAll(ALBUM_PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: 'html', html: html.slice(last, start) });
    parts.push({ kind: 'album', albumId: match[1]! });
    last = start + match[0].length;
  }
  if (last < html.length || parts.length === 0) parts.push({ kind: 'html', html: html.slice(last) });
  return parts;
}
