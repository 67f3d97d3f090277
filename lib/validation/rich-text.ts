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

/** How deep a document may nest (lists in tables in quotes stay far below it). */
export const MAX_BODY_DEPTH = 64;

/**
 * Whether a JSON value nests at most `limit` levels (objects and arrays), checked without
 * recursion: a document nested thousands of levels deep must get a message, not a stack
 * overflow in the walk, the renderer or the editor.
 */
export function nestsWithin(value: unknown, limit = MAX_BODY_DEPTH * 3): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return false;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return true;
}

function walk(node: RichTextNode, visit: (node: RichTextNode) => void): void {
  // Iterative, so depth can't overflow the stack even before the schema's depth check runs.
  const stack: RichTextNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!current || typeof current !== 'object') continue;
    visit(current);
    const children = Array.isArray(current.content) ? current.content : [];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
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
