import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PhotoAlbumForm } from '@/components/admin/photo-albums/photo-album-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffAlbum } from '@/lib/data/staff/photo-albums';

export const metadata: Metadata = { title: 'Sửa album ảnh' };

export default async function EditPhotoAlbumPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/thu-vien-anh/[id]');
  const album = await getStaffAlbum((await params).id);
  if (!album) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/thu-vien-anh" className="text-sm text-brand-700 underline">
        ← Danh sách album
      </Link>
      <h1 className="text-2xl font-bold">Sửa album ảnh</h1>
      {album.published ? (
        <p className="text-sm">
          <a href={`/thu-vien-anh/${album.slug}`} className="text-brand-700 underline">
            Xem album trên trang công khai
          </a>
        </p>
      ) : null}
      <PhotoAlbumForm
        initial={{
          id: album.id,
          title: album.title,
          slug: album.slug,
          description: album.description,
          coverMediaId: album.coverMediaId,
          published: album.published,
          images: album.images.map((image) => ({
            mediaId: image.mediaId,
            thumbnailUrl: image.thumbnailUrl,
            alt: image.alt,
            caption: image.caption,
            credit: image.credit,
          })),
        }}
      />
    </div>
  );
}
