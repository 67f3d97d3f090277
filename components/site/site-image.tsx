import type { PublicMedia } from '@/lib/data/media-dto';
import { mediaSrcSet, mediaUrl } from './media-url';

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

// Plain <img> (images are served pre-sized from /media): width and height are always set so the
// layout never jumps, and only the page's main image skips lazy loading.
export function SiteImage({ media, alt, sizes, className, priority = false, fallbackWidth = 1200, fallbackHeight = 675 }: SiteImageProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are generated at upload; next/image optimisation is off (images.unoptimized)
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
  );
}
