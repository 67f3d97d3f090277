import type { PublicVideo } from '@/lib/data/videos';
import { mediaUrl } from '@/lib/media/urls';
import { VideoPoster } from './video-poster';
import { YoutubePlayer } from './youtube-player';

/** A YouTube video (embed on click) or an uploaded file (native player with range requests). */
export function VideoPlayer({ video }: { video: PublicVideo }) {
  if (video.source === 'YOUTUBE' && video.youtubeId) {
    return (
      <YoutubePlayer youtubeId={video.youtubeId} title={video.title}>
        <VideoPoster title={video.title} thumbnail={video.thumbnail} priority />
      </YoutubePlayer>
    );
  }
  if (video.source === 'UPLOAD' && video.file) {
    return (
      <video
        controls
        preload="metadata"
        playsInline
        className="aspect-video w-full rounded bg-black"
        poster={video.thumbnail ? mediaUrl(video.thumbnail.storageKey) : undefined}
        aria-label={`Video: ${video.title}`}
      >
        <source src={mediaUrl(video.file.storageKey)} type={video.file.mimeType} />
        Trình duyệt của bạn không phát được video này. <a href={mediaUrl(video.file.storageKey)}>Tải video về</a>.
      </video>
    );
  }
  return <p className="rounded bg-slate-100 p-4">Video hiện không khả dụng.</p>;
}
