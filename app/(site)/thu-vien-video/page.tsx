import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { pagePath } from '@/components/site/article-list-page';
import { Pagination } from '@/components/site/pagination';
import { SectionHeading } from '@/components/site/section-heading';
import { pageMetadata } from '@/components/site/seo';
import { VideoPoster } from '@/components/site/video-poster';
import { parsePageParam } from '@/lib/data/articles';
import { publishedVideoPage } from '@/lib/data/videos';

interface Props {
  searchParams: Promise<{ trang?: string | string[] }>;
}

async function load(raw: string | string[] | undefined) {
  await connection();
  const requested = parsePageParam(raw) ?? 1;
  const result = await publishedVideoPage(requested);
  return requested <= result.pageCount ? result : publishedVideoPage(result.pageCount);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const result = await load((await searchParams).trang);
  return pageMetadata({
    title: 'Thư viện video',
    description: 'Video về hoạt động của các cụm công nghiệp tỉnh Ninh Bình.',
    path: pagePath('/thu-vien-video', result.page),
  });
}

export default async function VideoLibraryPage({ searchParams }: Props) {
  const result = await load((await searchParams).trang);
  return (
    <section aria-labelledby="thu-vien-video">
      <SectionHeading id="thu-vien-video" level="h1">
        Thư viện video
      </SectionHeading>
      {result.items.length === 0 ? (
        <p>Chưa có video nào.</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 xl:grid-cols-3">
          {result.items.map((video) => (
            <li key={video.id}>
              <Link href={`/thu-vien-video/${video.slug}`} className="block hover:text-brand-700">
                <VideoPoster title={video.title} thumbnail={video.thumbnail} compact />
                <span className="mt-2 block font-semibold">{video.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/thu-vien-video" page={result.page} pageCount={result.pageCount} />
    </section>
  );
}
