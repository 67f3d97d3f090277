import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { VideoForm } from '@/components/admin/video-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffVideo } from '@/lib/data/staff/videos';
import { mediaFieldValue } from '@/lib/media/field-values';
import { youTubeWatchUrl } from '@/lib/media/youtube';

export const metadata: Metadata = { title: 'Sửa video' };

export default async function EditVideoPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/video/[id]');
  const video = await getStaffVideo((await params).id);
  if (!video) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/video" className="text-sm text-brand-700 underline">
        ← Danh sách video
      </Link>
      <h1 className="text-2xl font-bold">Sửa video</h1>
      <p className="text-sm text-slate-600">Đường dẫn: /thu-vien-video/{video.slug}</p>
      <VideoForm
        initial={{
          id: video.id,
          title: video.title,
          description: video.description,
          source: video.source,
          youtubeUrl: video.youtubeId ? youTubeWatchUrl(video.youtubeId) : '',
          published: video.published,
          file: mediaFieldValue(
            video.mediaId,
            video.fileUrl ? { url: video.fileUrl, mimeType: 'video/mp4', thumbnailUrl: null, label: video.fileName ?? 'video.mp4' } : null,
          ),
          thumbnail: mediaFieldValue(
            video.thumbnailMediaId,
            video.thumbnailUrl ? { url: video.thumbnailUrl, mimeType: 'image/webp', thumbnailUrl: video.thumbnailUrl, label: 'Ảnh đại diện' } : null,
          ),
        }}
      />
    </div>
  );
}
