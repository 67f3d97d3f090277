import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { PhotoAlbumGallery } from '@/components/site/photo-album-gallery';
import { pageMetadata } from '@/components/site/seo';
import { publishedAlbumBySlug } from '@/lib/data/photo-albums';
import { mediaUrl } from '@/lib/media/urls';
import { PhotoAlbumFacts } from '@/components/site/photo-album-facts';

interface Props {
  params: Promise<{ slug: string }>;
}

const albumFor = cache(async (slug: string) => {
  await connection();
  return publishedAlbumBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const album = await albumFor((await params).slug);
  if (!album) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return pageMetadata({
    title: album.title,
    description: album.description || `Album ảnh gồm ${album.imageCount} ảnh.`,
    path: `/thu-vien-anh/${album.slug}`,
    image: album.cover ? { url: mediaUrl(album.cover.storageKey), width: album.cover.width, height: album.cover.height, alt: album.cover.altText } : null,
    type: 'article',
    publishedTime: album.publishedAt ?? undefined,
    modifiedTime: album.updatedAt,
  });
}

export default async function PhotoAlbumPage({ params }: Props) {
  const album = await albumFor((await params).slug);
  if (!album) notFound();
  return (
    <article>
      <p className="no-print mb-3 text-sm">
        <Link href="/thu-vien-anh" className="text-brand-700 hover:underline">
          ‹ Thư viện ảnh
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold leading-snug sm:text-3xl">{album.title}</h1>
      <PhotoAlbumFacts imageCount={album.imageCount} publishedAt={album.publishedAt} className="mb-4 text-sm text-slate-600" />
      {album.description ? <p className="mb-4 whitespace-pre-line text-slate-800">{album.description}</p> : null}
      <PhotoAlbumGallery title={album.title} images={album.images} />
    </article>
  );
}
