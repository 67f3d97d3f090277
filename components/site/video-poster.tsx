import type { PublicMedia } from '@/lib/data/media-dto';
import { SiteImage } from './site-image';

/**
 * A video's poster drawn locally: its thumbnail Media when there is one, otherwise a gradient
 * with the title. Never an image from YouTube (that would be a third-party request).
 */
export function VideoPoster({ title, thumbnail, compact = false, priority = false }: { title: string; thumbnail: PublicMedia | null; compact?: boolean; priority?: boolean }) {
  if (thumbnail) {
    return <SiteImage media={thumbnail} alt="" priority={priority} className="aspect-video w-full rounded object-cover" sizes="(min-width: 1024px) 50rem, 100vw" />;
  }
  return (
    <span
      aria-hidden="true"
      className={`flex aspect-video w-full items-end rounded bg-gradient-to-br from-brand-700 via-brand-800 to-brand-900 text-white ${compact ? 'p-3 text-sm' : 'p-5 text-lg'}`}
    >
      <span className="line-clamp-3 font-semibold drop-shadow">{title}</span>
    </span>
  );
}
