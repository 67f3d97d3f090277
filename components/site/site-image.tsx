import type { PublicMedia } from '@/lib/data/media-dto';
import { mediaUrl } from '@/lib/media/urls';
import { mediaSrcSet } from './media-url';

interface SiteImageProps {
  media: PublicMedia;
  alt?: string;
  sizes?: string;
  className?: string;
  /** The page's main image: fetched first, never lazily. */
  priority?: boolean;
  fallbackWidth?: number;
  fallbackHeight?: number;
}

function srcSetOf(media: PublicMedia, format: 'avif' | 'webp'): string | undefined {
  const entries = media.variants
    .filter((variant) => variant.format === format && variant.width > 0)
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${mediaUrl(variant.key)} ${variant.width}w`);
  return entries.length > 0 ? entries.join(', ') : undefined;
}

// A <picture> (images are served pre-sized from /media): AVIF variants for browsers that take
// them, WebP otherwise, the original as the last resort. Width and height are always set so the
// layout never jumps, and only the page's main image skips lazy loading. `contents` keeps the
// wrapper out of the layout, so the classes on the <img> behave as before.
export function SiteImage({ media, alt, sizes, className, priority = false, fallbackWidth = 1200, fallbackHeight = 675 }: SiteImageProps) {
  const avif = srcSetOf(media, 'avif');
  return (
    <picture className="contents">
      {avif ? <source type="image/avif" srcSet={avif} sizes={sizes} /> : null}
      <img
        src={mediaUrl(media.storageKey)}
        srcSet={mediaSrcSet(media)}
        sizes={sizes}
        alt={alt ?? media.altText}
        width={media.width ?? fallbackWidth}
        height={media.height ?? fallbackHeight}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
