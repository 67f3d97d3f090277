import type { PublicMedia } from '@/lib/data/media-dto';
import { SiteImage } from './site-image';

// Placeholder colours, picked from the title so that neighbouring videos without a thumbnail
// don't look identical (class names written out whole for Tailwind).
const PLACEHOLDERS = [
  'from-brand-700 to-brand-900',
  'from-teal-700 to-teal-900',
  'from-indigo-700 to-indigo-900',
  'from-emerald-700 to-emerald-900',
  'from-sky-700 to-sky-900',
  'from-rose-700 to-rose-900',
] as const;

function placeholderFor(title: string): string {
  let hash = 0;
  for (const char of title) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PLACEHOLDERS[hash % PLACEHOLDERS.length]!;
}

/**
 * A video's poster drawn locally: its thumbnail Media when there is one, otherwise a coloured
 * placeholder with a film mark. The title is not printed on it: the card or page around it
 * already shows the title once. Never an image from YouTube (a third-party request).
 */
export function VideoPoster({
  title,
  thumbnail,
  compact = false,
  priority = false,
}: {
  title: string;
  thumbnail: PublicMedia | null;
  compact?: boolean;
  priority?: boolean;
}) {
  if (thumbnail) {
    return (
      <SiteImage media={thumbnail} alt="" priority={priority} className="aspect-video w-full rounded object-cover" sizes="(min-width: 1024px) 50rem, 100vw" />
    );
  }
  return (
    <span
      aria-hidden="true"
      data-video-placeholder=""
      className={`flex aspect-video w-full items-center justify-center rounded bg-gradient-to-br text-white/80 ${placeholderFor(title)}`}
    >
      <svg
        viewBox="0 0 24 24"
        width={compact ? 36 : 64}
        height={compact ? 36 : 64}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <rect x="2" y="4" width="20" height="16" rx="2" />
        <path d="M7 4v16M17 4v16M2 9h5M2 15h5M17 9h5M17 15h5" />
      </svg>
    </span>
  );
}
