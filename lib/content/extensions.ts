import type { Extensions } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import Image, { type ImageOptions } from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import Youtube from '@tiptap/extension-youtube';
import StarterKit from '@tiptap/starter-kit';
import { BODY_IMAGE_SIZES, type BodyImages } from './body-images.ts';
import { PhotoAlbumNode } from './photo-album-node.ts';

// The one list of node and mark types an article or page body may contain. The editor and the
// server-side renderer both use it, so what the editor can make is exactly what the server
// accepts and renders.

export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/** A path on this site ("/van-ban"), never protocol-relative ("//host", "/\\host"). */
const SITE_PATH = /^\/(?![/\\])[^\s\u0000-\u001f\u007f]*$/;

export function isAllowedHref(href: string): boolean {
  if (SITE_PATH.test(href.trim())) return true;
  try {
    const url = new URL(href.trim());
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}

interface FigureImageOptions extends ImageOptions {
  /** Server rendering only: the library variants of the body's images (none in the editor). */
  images: BodyImages | null;
}

/**
 * An image with a caption, rendered as <figure>. A library image whose media row is known becomes
 * a <picture> with its AVIF/WebP variants and the original's width/height (the space is reserved
 * before it loads); any other image stays a plain lazy <img>.
 */
const FigureImage = Image.extend<FigureImageOptions>({
  addOptions() {
    return { ...(this.parent?.() as ImageOptions), images: null };
  },
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: { default: '', rendered: false },
      mediaId: { default: null, rendered: false },
    };
  },
  renderHTML({ node, HTMLAttributes }) {
    const caption = String(node.attrs.caption ?? '');
    const known = this.options.images?.get(String(node.attrs.src ?? ''));
    // The reserved box comes from the media row only, never from attributes in the JSON.
    const { width: _width, height: _height, ...attributes } = HTMLAttributes;
    const size = known ? { width: String(known.width), height: String(known.height) } : {};
    const image: DOMOutputSpec = ['img', { ...attributes, ...size, loading: 'lazy', decoding: 'async' }];
    const sources: DOMOutputSpec[] = (known?.sources ?? []).map((source) => ['source', { type: source.type, srcset: source.srcset, sizes: BODY_IMAGE_SIZES }]);
    const drawn: DOMOutputSpec = sources.length > 0 ? ['picture', {}, ...sources, image] : image;
    return caption ? ['figure', {}, drawn, ['figcaption', {}, caption]] : ['figure', {}, drawn];
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
  PhotoAlbumNode,
];

/** The extensions for rendering a body on the server with its images' library variants. */
export function renderingExtensions(images: BodyImages): Extensions {
  const figure = FigureImage.configure({ images });
  return contentExtensions.map((extension) => (extension === FigureImage ? figure : extension));
}
