import sanitizeHtml from 'sanitize-html';
import { BODY_IMAGE_SIZES, LIBRARY_IMAGE_SRC } from './body-images.ts';
import { isAllowedHref } from './extensions.ts';
import { ALBUM_ID } from './photo-album-node.ts';

// The last line of defence between stored content and a reader's browser: whatever the JSON
// said, only these tags, attributes and URL schemes reach the page.

const YOUTUBE_EMBED = /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}(\?[A-Za-z0-9_=&;.-]*)?$/;

const SOURCE_TYPES = new Set(['image/avif', 'image/webp']);
const DIMENSION = /^\d{1,5}$/;

/** Exactly what the renderer emits: `/media/<key> <n>w` candidates joined by ", ". */
function isLibrarySrcset(srcset: string | undefined): boolean {
  if (!srcset) return false;
  return srcset.split(', ').every((candidate) => {
    const match = /^(\S+) [1-9]\d{0,4}w$/.exec(candidate);
    return !!match && LIBRARY_IMAGE_SRC.test(match[1] ?? '');
  });
}

/** A <source> survives only as the renderer writes it (picture of library variants). */
function isLibrarySource(attribs: Record<string, string>): boolean {
  return SOURCE_TYPES.has(attribs.type ?? '') && isLibrarySrcset(attribs.srcset) && (attribs.sizes === undefined || attribs.sizes === BODY_IMAGE_SIZES);
}

/** Keeps width/height only as whole numbers (the reserved box of a library image). */
function integerDimensions(attribs: Record<string, string>): Record<string, string> {
  const kept = { ...attribs };
  for (const name of ['width', 'height'] as const) if (kept[name] !== undefined && !DIMENSION.test(kept[name])) delete kept[name];
  return kept;
}

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'hr',
    'figure',
    'figcaption',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'colgroup',
    'col',
    'div',
    'iframe',
    'picture',
    'source',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    source: ['srcset', 'type', 'sizes'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    col: ['style'],
    p: ['style'],
    h2: ['style'],
    h3: ['style'],
    div: ['data-youtube-video'],
    // The placeholder of a photo album (lib/content/photo-album-node.ts): an id, nothing else.
    figure: ['data-photo-album'],
    iframe: ['src', 'width', 'height', 'allowfullscreen', 'title', 'loading', 'referrerpolicy', 'allow'],
  },
  allowedStyles: {
    '*': { 'text-align': [/^(left|right|center|justify)$/] },
    col: { 'min-width': [/^\d{1,4}px$/], width: [/^\d{1,4}px$/] },
  },
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'source'],
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedIframeHostnames: ['www.youtube-nocookie.com'],
  // Images come from our media library only: an outside address would let a body make every
  // reader's browser call another host (tracking), whatever the editor allowed. The same holds
  // for every srcset candidate of a <source>.
  exclusiveFilter: (frame) =>
    (frame.tag === 'iframe' && !YOUTUBE_EMBED.test(frame.attribs.src ?? '')) ||
    (frame.tag === 'img' && !LIBRARY_IMAGE_SRC.test(frame.attribs.src ?? '')) ||
    (frame.tag === 'source' && !isLibrarySource(frame.attribs)),
  transformTags: {
    img: (tagName, attribs) => ({ tagName, attribs: integerDimensions(attribs) }),
    figure: (tagName, attribs): sanitizeHtml.Tag => {
      const album = attribs['data-photo-album'] ?? '';
      return { tagName, attribs: ALBUM_ID.test(album) ? { 'data-photo-album': album } : {} };
    },
    // Checked on the raw value: one hostile candidate drops the whole source (sanitize-html
    // would otherwise quietly keep the rest of the list).
    source: (tagName, attribs) => ({ tagName, attribs: isLibrarySource(attribs) ? attribs : {} }),
    // A link whose address is not allowed loses the <a> and keeps its text: an <a> without href
    // is invalid HTML and no link to the reader.
    a: (tagName, attribs) =>
      attribs.href && isAllowedHref(attribs.href)
        ? { tagName, attribs: { ...attribs, rel: 'noopener noreferrer nofollow' } }
        : { tagName: 'span', attribs: {} },
    iframe: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...attribs,
        title: attribs.title || 'Video YouTube',
        loading: 'lazy',
        referrerpolicy: 'strict-origin-when-cross-origin',
      },
    }),
  },
};

export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html, options);
}
