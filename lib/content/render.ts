import { getSchema, type JSONContent } from '@tiptap/core';
import { generateHTML } from '@tiptap/html/server';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BodyImages } from './body-images.ts';
import { contentExtensions, renderingExtensions } from './extensions.ts';
import { sanitizeRichHtml } from './sanitize.ts';

const schema = getSchema(contentExtensions);

export class InvalidContentError extends Error {}

export const EMPTY_DOCUMENT: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Checks a stored or submitted body against the allowed node and mark types: unknown types,
 * wrong nesting or bad attributes throw InvalidContentError.
 */
export function parseDocument(json: unknown): ProseMirrorNode {
  if (!json || typeof json !== 'object' || (json as { type?: unknown }).type !== 'doc') {
    throw new InvalidContentError('Nội dung không hợp lệ: thiếu tài liệu gốc.');
  }
  try {
    const node = ProseMirrorNode.fromJSON(schema, json);
    node.check();
    return node;
  } catch (error) {
    throw new InvalidContentError(`Nội dung không hợp lệ: ${error instanceof Error ? error.message : 'cấu trúc không được hỗ trợ'}.`);
  }
}

export interface RenderedContent {
  html: string;
  text: string;
}

export interface RenderOptions {
  /**
   * The library variants of the body's `/media/` images (lib/data/body-images.ts gathers them in
   * one query). Images missing from it render as a plain lazy <img>.
   */
  images?: BodyImages;
}

/** Validated JSON → sanitized HTML and plain text (for search and summaries). */
export function renderContent(json: unknown, options: RenderOptions = {}): RenderedContent {
  const doc = parseDocument(json);
  const extensions = options.images?.size ? renderingExtensions(options.images) : contentExtensions;
  const html = sanitizeRichHtml(generateHTML(doc.toJSON() as JSONContent, extensions));
  const text = doc
    .textBetween(0, doc.content.size, '\n\n', ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { html, text };
}

/** Builds a body from plain paragraphs (seed data, imports). */
export function paragraphsToDocument(paragraphs: string[]): JSONContent {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}
