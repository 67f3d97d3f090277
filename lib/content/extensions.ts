import type { Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import Youtube from '@tiptap/extension-youtube';
import StarterKit from '@tiptap/starter-kit';

// The one list of node and mark types an article or page body may contain. The editor and the
// server-side renderer both use it, so what the editor can make is exactly what the server
// accepts and renders.

export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

export function isAllowedHref(href: string): boolean {
  try {
    const url = new URL(href.trim());
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}

/** An image with a caption, rendered as <figure>. */
const FigureImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: { default: '', rendered: false },
      mediaId: { default: null, rendered: false },
    };
  },
  renderHTML({ node, HTMLAttributes }) {
    const caption = String(node.attrs.caption ?? '');
    const image = ['img', { ...HTMLAttributes, loading: 'lazy', decoding: 'async' }] as const;
    return caption ? ['figure', {}, image, ['figcaption', {}, caption]] : ['figure', {}, image];
  },
}).configure({ inline: false, allowBase64: false });

export const contentExtensions: Extensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['mailto', 'tel'],
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  FigureImage,
  TableKit.configure({ table: { resizable: false } }),
  Youtube.configure({ nocookie: true, controls: true, modestBranding: true, width: 640, height: 360 }),
  TextAlign.configure({ types: ['heading', 'paragraph'], alignments: ['left', 'center', 'right', 'justify'] }),
];
