import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { MediaContentList, type ContentListItem } from '@/components/admin/media-content-list';
import { buttonClasses } from '@/components/ui/button';
import { deleteVideoAction, reorderVideosAction, setVideoPublishedAction } from '@/lib/actions/videos';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffVideos } from '@/lib/data/staff/videos';

export const metadata: Metadata = { title: 'Video' };

export default async function VideosAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/video');
  const videos = await listStaffVideos();
  const items: ContentListItem[] = videos.map((video) => ({
    id: video.id,
    title: video.title,
    detail: video.source === 'YOUTUBE' ? `YouTube · mã ${video.youtubeId}` : `Tệp MP4 · ${video.fileName ?? ''}`,
    published: video.published,
    editHref: `/quan-tri/video/${video.id}`,
    thumbnailUrl: video.thumbnailUrl,
    thumbnailLabel: video.source === 'YOUTUBE' ? 'YouTube' : 'MP4',
  }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Video</h1>
        <Link href="/quan-tri/video/moi" className={buttonClasses()}>
          Thêm video
        </Link>
      </div>
      <p className="text-sm text-slate-600">Thứ tự dưới đây là thứ tự hiện trên Thư viện video; dùng nút ↑ ↓ để sắp xếp.</p>
      <MediaContentList
        items={items}
        noun="video"
        reorderAction={reorderVideosAction}
        publishAction={setVideoPublishedAction}
        deleteAction={deleteVideoAction}
      />
    </div>
  );
}
