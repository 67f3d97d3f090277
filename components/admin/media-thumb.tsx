/** A square preview: the image's smallest WebP variant, or a label for a video or a PDF. */
export function MediaThumb({ mimeType, thumbnailUrl, className = '' }: { mimeType: string; thumbnailUrl: string | null; className?: string }) {
  if (thumbnailUrl) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- already a generated, sized variant; next/image adds nothing (images are unoptimized)
      <img src={thumbnailUrl} alt="" loading="lazy" decoding="async" className={`aspect-square w-full rounded bg-slate-100 object-cover ${className}`} />
    );
  }
  const label =
    mimeType === 'video/mp4' ? 'Video MP4' : mimeType === 'application/pdf' ? 'Tài liệu PDF' : mimeType.includes('word') ? 'Văn bản Word' : mimeType;
  return (
    <span className={`flex aspect-square w-full items-center justify-center rounded bg-slate-100 text-sm font-semibold text-slate-600 ${className}`}>
      {label}
    </span>
  );
}
