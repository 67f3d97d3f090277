import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { PhotoAlbumForm } from '@/components/admin/photo-albums/photo-album-form';
import { requireAdminPage } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Thêm album ảnh' };

export default async function NewPhotoAlbumPage() {
  await connection();
  await requireAdminPage('/quan-tri/thu-vien-anh/moi');
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/thu-vien-anh" className="text-sm text-brand-700 underline">
        ← Danh sách album
      </Link>
      <h1 className="text-2xl font-bold">Thêm album ảnh</h1>
      <PhotoAlbumForm initial={{ title: '', slug: '', description: '', coverMediaId: null, published: false, images: [] }} />
    </div>
  );
}
