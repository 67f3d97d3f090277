import type { MediaVariant, VariantFormat } from './types.ts';

// Public addresses of stored media (served by app/media/[...key]/route.ts) and responsive
// image attributes. Safe in the browser: no server imports.

export const MEDIA_URL_PREFIX = '/media/';

export function mediaUrl(key: string): string {
  return `${MEDIA_URL_PREFIX}${key}`;
}

export interface MediaForSrcSet {
  storageKey: string;
  variants: unknown;
}

function variantsOf(media: MediaForSrcSet): MediaVariant[] {
  if (!Array.isArray(media.variants)) return [];
  return (media.variants as MediaVariant[]).filter(
    (variant) => variant && typeof variant.key === 'string' && typeof variant.width === 'number' && (variant.format === 'webp' || variant.format === 'avif'),
  );
}

/** `srcset` for one format, e.g. "/media/images/…-320.webp 320w, /media/images/…-640.webp 640w". */
export function buildSrcSet(media: MediaForSrcSet, format: VariantFormat): string {
  return variantsOf(media)
    .filter((variant) => variant.format === format)
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${mediaUrl(variant.key)} ${variant.width}w`)
    .join(', ');
}

export interface PictureSource {
  type: 'image/avif' | 'image/webp';
  srcSet: string;
}

/** <source> entries for a <picture>, best format first; the <img> falls back to mediaUrl(storageKey). */
export function pictureSources(media: MediaForSrcSet): PictureSource[] {
  const sources: PictureSource[] = [];
  const avif = buildSrcSet(media, 'avif');
  const webp = buildSrcSet(media, 'webp');
  if (avif) sources.push({ type: 'image/avif', srcSet: avif });
  if (webp) sources.push({ type: 'image/webp', srcSet: webp });
  return sources;
}

/** The smallest variant at least `minWidth` wide (thumbnails in admin grids), else the original. */
export function thumbnailUrl(media: MediaForSrcSet, minWidth = 320): string {
  const candidates = variantsOf(media)
    .filter((variant) => variant.format === 'webp')
    .sort((a, b) => a.width - b.width);
  const chosen = candidates.find((variant) => variant.width >= minWidth) ?? candidates.at(-1);
  return mediaUrl(chosen?.key ?? media.storageKey);
}
