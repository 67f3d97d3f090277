import type { PublicMedia } from '@/lib/data/media-dto';
import { mediaUrl } from '@/lib/media/urls';

// Responsive image attributes for the reader-facing components (addresses: lib/media/urls.ts).

/** `srcset` from the generated variants of one format family (or undefined when none). */
export function mediaSrcSet(media: PublicMedia): string | undefined {
  const variants = media.variants.filter((variant) => variant.width > 0).sort((a, b) => a.width - b.width);
  if (variants.length === 0) return undefined;
  const preferred = variants.some((variant) => variant.format === 'webp') ? variants.filter((variant) => variant.format === 'webp') : variants;
  const entries = preferred.map((variant) => `${mediaUrl(variant.key)} ${variant.width}w`);
  if (media.width && !preferred.some((variant) => variant.width === media.width)) entries.push(`${mediaUrl(media.storageKey)} ${media.width}w`);
  return entries.join(', ');
}
