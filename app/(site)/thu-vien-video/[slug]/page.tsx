import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleDate } from '@/components/site/article-date';
import { mediaUrl } from '@/lib/media/urls';
import { pageMetadata } from '@/components/site/seo';
import { VideoPlayer } from '@/components/site/video-player';
import { publishedVideoBySlug } from '@/lib/data/videos';

interface Props {
  params: Promise<{ slug: string }>;
}

const videoFor = cache(async (slug: string) => {
  await connection();
  return publishedVideoBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const video = await videoFor((await params).slug);
  if (!video) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return pageMetadata({
    title: video.title,
    description: video.description,
    path: `/thu-vien-video/${video.slug}`,
    image: video.thumbnail ? { url: mediaUrl(video.thumbnail.storageKey), width: video.thumbnail.width, height: video.thumbnail.height } : null,
    type: 'article',
    publishedTime: video.publishedAt ?? undefined,
    modifiedTime: video.updatedAt,
  });
}

export default async function VideoPage({ params }: Props) {
  const video = await videoFor((await params).slug);
  if (!video) notFound();
  return (
    <article>
      <p className="no-print mb-3 text-sm">
        <Link href="/thu-vien-video" className="text-brand-700 hover:underline">
          ‹ Thư viện video
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold leading-snug sm:text-3xl">{video.title}</h1>
      <VideoPlayer video={video} />
      {video.publishedAt && (
        <p className="mt-3 text-sm text-slate-600">
          <ArticleDate date={video.publishedAt} />
        </p>
      )}
      {video.description && <p className="mt-4 whitespace-pre-line text-slate-800">{video.description}</p>}
    </article>
  );
}
