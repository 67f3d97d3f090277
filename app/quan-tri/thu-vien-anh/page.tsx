import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { MediaContentList } from '@/components/admin/media-content-list';
import { buttonClasses } from '@/components/ui/button';
import { deletePhotoAlbumAction, setPhotoAlbumPublishedAction } from '@/lib/actions/photo-albums';
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
      <MediaContentList
        items={albums.map((album) => ({
          id: album.id,
          title: album.title,
          detail: `${album.imageCount} ảnh · /thu-vien-anh/${album.slug} · sửa ngày ${formatDate(album.updatedAt)}`,
          published: album.published,
          editHref: `/quan-tri/thu-vien-anh/${album.id}`,
          thumbnailUrl: album.coverUrl,
          thumbnailLabel: 'Chưa có ảnh',
        }))}
        noun="album"
        publishAction={setPhotoAlbumPublishedAction}
        deleteAction={deletePhotoAlbumAction}
      />
    </div>
  );
}
