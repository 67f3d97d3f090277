import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { VideoForm } from '@/components/admin/video-form';
import { requireAdminPage } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Thêm video' };

export default async function NewVideoPage() {
  await connection();
  await requireAdminPage('/quan-tri/video/moi');
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/video" className="text-sm text-brand-700 underline">
        ← Danh sách video
      </Link>
      <h1 className="text-2xl font-bold">Thêm video</h1>
      <VideoForm initial={{ title: '', description: '', source: 'YOUTUBE', youtubeUrl: '', published: false, file: null, thumbnail: null }} />
    </div>
  );
}
