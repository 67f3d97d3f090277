import { formatDate } from '@/lib/format/date';

/** "12 ảnh · 06/12/2026": an album's size and publication date, on its page and in the list. */
export function PhotoAlbumFacts({ imageCount, publishedAt, className }: { imageCount: number; publishedAt: Date | null; className: string }) {
  return (
    <p className={className}>
      {imageCount} ảnh
      {publishedAt ? (
        <>
          {' · '}
          <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt)}</time>
        </>
      ) : null}
    </p>
  );
}
