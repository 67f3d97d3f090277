'use client';

import Link from 'next/link';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deletePhotoAlbumAction, setPhotoAlbumPublishedAction } from '@/lib/actions/photo-albums';
import { MediaThumb } from '../media-thumb';
import { useActionForm } from '../use-action-form';

export interface PhotoAlbumListItem {
  id: string;
  title: string;
  slug: string;
  published: boolean;
  imageCount: number;
  coverUrl: string | null;
  /** dd/mm/yyyy of the last change. */
  updated: string;
}

function Row({ album }: { album: PhotoAlbumListItem }) {
  const publish = useActionForm(setPhotoAlbumPublishedAction, { refresh: true });
  const remove = useActionForm(deletePhotoAlbumAction, { refresh: true });
  return (
    <li className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3" aria-label={album.title}>
      <div className="w-20 shrink-0">
        {album.coverUrl ? (
          <MediaThumb mimeType="image/*" thumbnailUrl={album.coverUrl} />
        ) : (
          <span className="flex aspect-square items-center justify-center rounded bg-slate-100 p-1 text-center text-xs font-semibold text-slate-600">Chưa có ảnh</span>
        )}
      </div>
      <div className="min-w-0 flex-1">
        <Link href={`/quan-tri/thu-vien-anh/${album.id}`} className="font-semibold text-brand-700 underline">
          {album.title}
        </Link>
        <p className="text-sm text-slate-600">
          {album.imageCount} ảnh · /thu-vien-anh/{album.slug} · sửa ngày {album.updated}
        </p>
        <p className={`text-xs font-semibold ${album.published ? 'text-emerald-700' : 'text-slate-500'}`}>{album.published ? 'Đã xuất bản' : 'Chưa xuất bản'}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <form onSubmit={publish.onSubmit}>
          <input type="hidden" name="id" value={album.id} />
          <input type="hidden" name="published" value={album.published ? 'false' : 'true'} />
          <button type="submit" disabled={publish.pending} className="rounded border border-slate-300 px-2.5 py-1 text-sm font-semibold">
            {album.published ? 'Ẩn' : 'Xuất bản'}
          </button>
        </form>
        <form onSubmit={remove.onSubmit}>
          <input type="hidden" name="id" value={album.id} />
          <ConfirmButton
            size="sm"
            pending={remove.pending}
            confirmMessage={`Xóa album “${album.title}”? Ảnh vẫn còn trong thư viện media; bài viết có chèn album này sẽ không hiện album nữa.`}
            aria-label={`Xóa “${album.title}”`}
          >
            Xóa
          </ConfirmButton>
        </form>
      </div>
    </li>
  );
}

/** The admin list of albums: publish or hide, edit, delete with confirmation. */
export function PhotoAlbumList({ albums }: { albums: PhotoAlbumListItem[] }) {
  if (albums.length === 0) return <p className="text-slate-600">Chưa có album nào.</p>;
  return (
    <ul className="space-y-2" aria-label="Danh sách album">
      {albums.map((album) => (
        <Row key={album.id} album={album} />
      ))}
    </ul>
  );
}
