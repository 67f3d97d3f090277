import Link from 'next/link';
import { publishedAlbumById } from '@/lib/data/photo-albums';
import { LazyPhotoAlbumGallery } from './lazy-photo-album-gallery';

/** A photo album placed in an article, as it is now; nothing when it is unpublished or deleted. */
export async function ArticleAlbum({ albumId }: { albumId: string }) {
  const album = await publishedAlbumById(albumId);
  if (!album || album.images.length === 0) return null;
  return (
    <figure className="my-6 rounded border border-slate-200 bg-slate-50 p-3" aria-label={`Album ảnh: ${album.title}`}>
      <LazyPhotoAlbumGallery title={album.title} images={album.images} />
      <figcaption className="mt-2 text-sm">
        <span className="font-semibold">Album ảnh: {album.title}</span> ({album.imageCount} ảnh) ·{' '}
        <Link href={`/thu-vien-anh/${album.slug}`} className="text-brand-700 underline">
          Xem trang album
        </Link>
      </figcaption>
    </figure>
  );
}
