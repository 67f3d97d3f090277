import type { JSONContent } from '@tiptap/core';
import { generateJSON } from '@tiptap/html/server';
import sanitizeHtml from 'sanitize-html';
import { contentExtensions } from '@/lib/content/extensions';
import { EMPTY_DOCUMENT, parseDocument } from '@/lib/content/render';
import { sanitizeRichHtml } from '@/lib/content/sanitize';
import { parseYouTubeId, youTubeEmbedUrl } from '@/lib/media/youtube';
import { decodeEntities } from './wxr';

// A WordPress post body (classic HTML with shortcodes, or block-editor HTML with its comments)
// → a Tiptap document of the one allowed schema. The body goes through the same sanitizer as
// typed content (lib/content/sanitize.ts) and the same schema check (parseDocument); whatever
// cannot be kept (shortcodes, scripts, foreign embeds, images that could not be brought in) is
// listed in Vietnamese for the import report.

export interface AttachmentRef {
  url: string;
  alt: string;
  caption: string;
}

export interface LibraryImage {
  /** `/media/<key>` of the imported file. */
  src: string;
  alt: string;
}

export interface BodyContext {
  /** Attachments of the export by WordPress post id ([gallery ids="…"]). */
  attachments: ReadonlyMap<number, AttachmentRef>;
  /** The library image an old image address was imported as, or null when it is missing. */
  image: (url: string) => LibraryImage | null;
}

export interface BodyConversion {
  json: JSONContent;
  /** What the body lost, in Vietnamese, one line each. */
  lost: string[];
  /** Image addresses that could not be brought in (dropped from the body). */
  missingImages: string[];
}

const COMMENTS = /<!--[\s\S]*?-->/g;
const BLOCK_EMBED =
  /<figure[^>]*\bwp-block-embed\b[^>]*>\s*<div[^>]*wp-block-embed__wrapper[^>]*>\s*([^<\s]+)\s*<\/div>(?:\s*<figcaption[^>]*>[\s\S]*?<\/figcaption>)?\s*<\/figure>/gi;
const EMBED_SHORTCODE = /\[embed[^\]]*\]\s*([^[\s]+)\s*\[\/embed\]/gi;
const BARE_URL_LINE = /^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm;
const CAPTION = /\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi;
const GALLERY = /\[gallery([^\]]*)\]/gi;
const SHORTCODE = /\[(\/?)([a-z][a-z0-9_-]*)((?:\s[^\]]*)?)\]/gi;
const IMG = /<img\b[^>]*>/gi;
const BLOCK_START = /^<(?:p|h[1-6]|ul|ol|li|blockquote|figure|table|div|pre|hr|iframe)\b/i;
/** Tags whose loss the report names (other unknown tags only lose their markup, not their text). */
const REPORTED_TAGS = new Set([
  'script',
  'style',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'video',
  'audio',
  'svg',
  'canvas',
  'noscript',
]);

/** Every image address a body refers to (img tags and [gallery] ids), to import them first. */
export function imageUrlsIn(html: string, attachments: ReadonlyMap<number, AttachmentRef>): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(IMG) ?? []) {
    const src = attribute(tag, 'src');
    if (src) urls.add(src);
  }
  for (const match of html.matchAll(GALLERY)) {
    for (const id of galleryIds(match[1] ?? '')) {
      const attachment = attachments.get(id);
      if (attachment) urls.add(attachment.url);
    }
  }
  return [...urls];
}

function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}

function galleryIds(attributes: string): number[] {
  const ids = attribute(` ${attributes}`, 'ids');
  return ids
    .split(',')
    .map((id) => Number(id.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stripTags = (value: string) =>
  decodeEntities(value.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

function figure(img: string, caption: string): string {
  return `\n\n<figure>${img}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>\n\n`;
}

/** WordPress's wpautop, reduced: blank lines separate paragraphs, a single newline is a <br>. */
function autop(html: string): string {
  return html
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n');
}

export function convertBody(html: string, context: BodyContext): BodyConversion {
  const lost: string[] = [];
  const missingImages: string[] = [];
  const note = (line: string) => {
    if (!lost.includes(line)) lost.push(line);
  };
  const blockEditor = html.includes('<!-- wp:');
  let body = html.replace(/\r\n?/g, '\n').replace(COMMENTS, '');

  const embed = (url: string): string => {
    const id = parseYouTubeId(url);
    if (id) return `\n\n<div data-youtube-video=""><iframe src="${youTubeEmbedUrl(id)}"></iframe></div>\n\n`;
    note(`Nội dung nhúng không hỗ trợ, giữ lại thành liên kết: ${url}`);
    return `\n\n<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>\n\n`;
  };
  body = body.replace(BLOCK_EMBED, (_, url: string) => embed(decodeEntities(url)));
  body = body.replace(EMBED_SHORTCODE, (_, url: string) => embed(decodeEntities(url)));
  if (!blockEditor) body = body.replace(BARE_URL_LINE, (_, url: string) => embed(url));

  body = body.replace(CAPTION, (_, _attributes: string, inner: string) => {
    const img = (inner.match(IMG) ?? [])[0];
    if (!img) return stripTags(inner);
    const caption = stripTags(inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>/gi, '').replace(IMG, ''));
    return figure(img, caption);
  });
  body = body.replace(GALLERY, (_, attributes: string) => {
    const ids = galleryIds(attributes);
    if (ids.length === 0) {
      note('Thư viện ảnh [gallery] không ghi danh sách ảnh: đã bỏ.');
      return '';
    }
    return ids
      .map((id) => context.attachments.get(id))
      .filter((attachment): attachment is AttachmentRef => !!attachment)
      .map((attachment) => figure(`<img src="${escapeHtml(attachment.url)}" alt="${escapeHtml(attachment.alt)}">`, attachment.caption))
      .join('');
  });
  body = body.replace(SHORTCODE, (_, closing: string, name: string) => {
    if (!closing) note(`Mã rút gọn [${name.toLowerCase()}] không được hỗ trợ: đã bỏ.`);
    return '';
  });
  if (!blockEditor) body = autop(body);

  body = body.replace(/<(\/?)h1\b/gi, '<$1h2').replace(/<(\/?)h[4-6]\b/gi, '<$1h3');
  body = body.replace(IMG, (tag) => {
    const src = attribute(tag, 'src');
    const image = src ? context.image(src) : null;
    if (!image) {
      if (src && !missingImages.includes(src)) missingImages.push(src);
      return '';
    }
    return `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(attribute(tag, 'alt') || image.alt)}">`;
  });
  if (missingImages.length > 0) note(`Ảnh không lấy được, đã bỏ khỏi bài: ${missingImages.join(', ')}`);

  // Name what the sanitizer is about to drop; it does the dropping itself.
  sanitizeHtml(body, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    onOpenTag: (name: string, attributes: Record<string, string>) => {
      const tag = name.toLowerCase();
      if (REPORTED_TAGS.has(tag)) note(`Thẻ <${tag}> không được phép: đã bỏ.`);
      if (tag === 'iframe' && !(attributes.src ?? '').startsWith('https://www.youtube-nocookie.com/embed/'))
        note(`Khung nhúng (iframe) không hỗ trợ: đã bỏ${attributes.src ? ` (${attributes.src})` : ''}.`);
    },
  });
  for (const link of body.matchAll(/<a\b[^>]*>/gi)) {
    const href = attribute(link[0], 'href');
    if (/^\s*(?:javascript|data|vbscript):/i.test(href)) note(`Liên kết không an toàn đã bị gỡ (giữ chữ): ${href.slice(0, 60)}`);
  }

  const clean = sanitizeRichHtml(body)
    // The editor keeps a caption as the image's attribute: <figure><img><figcaption> → <img caption>.
    .replace(/<figure>\s*(<img\b[^>]*?)\s*\/?>\s*(?:<figcaption>([\s\S]*?)<\/figcaption>)?\s*<\/figure>/gi, (_, img: string, caption?: string) =>
      caption ? `${img} caption="${escapeHtml(stripTags(caption))}">` : `${img}>`,
    )
    .replace(/<p>(?:\s|<br \/>)*<\/p>/g, '');
  if (!clean.trim()) return { json: EMPTY_DOCUMENT, lost, missingImages };
  const json = parseDocument(generateJSON(clean, contentExtensions)).toJSON() as JSONContent;
  return { json, lost, missingImages };
}
