import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { PhotoAlbumList } from '@/components/admin/photo-albums/photo-album-list';
import { buttonClasses } from '@/components/ui/button';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffAlbums } from '@/lib/data/staff/photo-albums';
import { formatDate } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Thư viện ảnh' };

export default async function PhotoAlbumsAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/thu-vien-anh');
  const albums = await listStaffAlbums();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Thư viện ảnh</h1>
        <Link href="/quan-tri/thu-vien-anh/moi" className={buttonClasses()}>
          Thêm album
        </Link>
      </div>
      <p className="text-sm text-slate-600">
        Album đã xuất bản hiện trên trang Thư viện ảnh, mới nhất trước; có thể chèn album vào bài viết bằng nút “Album” của trình soạn thảo.
      </p>
      <PhotoAlbumList
        albums={albums.map((album) => ({
          id: album.id,
          title: album.title,
          slug: album.slug,
          published: album.published,
          imageCount: album.imageCount,
          coverUrl: album.coverUrl,
          updated: formatDate(album.updatedAt),
        }))}
      />
    </div>
  );
}
