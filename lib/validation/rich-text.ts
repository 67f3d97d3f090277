import { isAllowedHref } from '@/lib/content/extensions';
import { parseYouTubeId, youTubeEmbedUrl } from '@/lib/media/youtube';

// Checks on a Tiptap JSON body that the schema alone can't express (link schemes, YouTube
// sources, image alt text). Pure, so the editor and the server run the same rules.

export interface RichTextNode {
  type?: string;
  attrs?: Record<string, unknown>;
  marks?: { type?: string; attrs?: Record<string, unknown> }[];
  content?: RichTextNode[];
  text?: string;
}

export interface BodyProblems {
  badHrefs: string[];
  badYoutube: string[];
  imagesWithoutAlt: number;
}

function walk(node: RichTextNode, visit: (node: RichTextNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

export function findBodyProblems(body: unknown): BodyProblems {
  const problems: BodyProblems = { badHrefs: [], badYoutube: [], imagesWithoutAlt: 0 };
  if (!body || typeof body !== 'object') return problems;
  walk(body as RichTextNode, (node) => {
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link') {
        const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
        if (!isAllowedHref(href)) problems.badHrefs.push(href);
      }
    }
    if (node.type === 'youtube') {
      const src = typeof node.attrs?.src === 'string' ? node.attrs.src : '';
      if (!parseYouTubeId(src)) problems.badYoutube.push(src);
    }
    if (node.type === 'image') {
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt.trim() : '';
      if (!alt) problems.imagesWithoutAlt += 1;
    }
  });
  return problems;
}

/** Vietnamese messages for a body's problems, empty when there are none. */
export function bodyProblemMessages(body: unknown): string[] {
  const { badHrefs, badYoutube, imagesWithoutAlt } = findBodyProblems(body);
  const messages: string[] = [];
  if (badHrefs.length > 0) {
    messages.push(`Liên kết không được phép: ${badHrefs.map((href) => `"${href}"`).join(', ')}. Chỉ chấp nhận http, https, mailto và tel.`);
  }
  if (badYoutube.length > 0) messages.push('Có video YouTube với đường dẫn không hợp lệ.');
  if (imagesWithoutAlt > 0) messages.push(`Có ${imagesWithoutAlt} ảnh chưa có mô tả (alt): mô tả ảnh là bắt buộc.`);
  return messages;
}

/** Rewrites every YouTube embed to its canonical no-cookie URL (call after the checks pass). */
export function normalizeBody<T>(body: T): T {
  const copy = structuredClone(body);
  walk(copy as RichTextNode, (node) => {
    if (node.type === 'youtube' && typeof node.attrs?.src === 'string') {
      const id = parseYouTubeId(node.attrs.src);
      if (id) node.attrs.src = youTubeEmbedUrl(id);
    }
  });
  return copy;
}
