import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { pagePath } from '@/components/site/article-list-page';
import { Pagination } from '@/components/site/pagination';
import { SectionHeading } from '@/components/site/section-heading';
import { pageMetadata } from '@/components/site/seo';
import { SiteImage } from '@/components/site/site-image';
import { parsePageParam } from '@/lib/data/articles';
import { publishedAlbumPage } from '@/lib/data/photo-albums';
import { PhotoAlbumFacts } from '@/components/site/photo-album-facts';

interface Props {
  searchParams: Promise<{ trang?: string | string[] }>;
}

async function load(raw: string | string[] | undefined) {
  await connection();
  const requested = parsePageParam(raw) ?? 1;
  const result = await publishedAlbumPage(requested);
  return requested <= result.pageCount ? result : publishedAlbumPage(result.pageCount);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const result = await load((await searchParams).trang);
  return pageMetadata({
    title: 'Thư viện ảnh',
    description: 'Ảnh về hoạt động của Trung tâm và các cụm công nghiệp tỉnh Ninh Bình.',
    path: pagePath('/thu-vien-anh', result.page),
  });
}

export default async function PhotoLibraryPage({ searchParams }: Props) {
  const result = await load((await searchParams).trang);
  return (
    <section aria-labelledby="thu-vien-anh">
      <SectionHeading id="thu-vien-anh" level="h1">
        Thư viện ảnh
      </SectionHeading>
      {result.items.length === 0 ? (
        <p>Chưa có album ảnh nào.</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 xl:grid-cols-3">
          {result.items.map((album) => (
            <li key={album.id}>
              <Link href={`/thu-vien-anh/${album.slug}`} className="group block hover:text-brand-700">
                <span className="block overflow-hidden rounded bg-slate-100">
                  {album.cover ? (
                    <SiteImage
                      media={album.cover}
                      alt=""
                      sizes="(min-width: 1280px) 300px, (min-width: 640px) 50vw, 100vw"
                      className="aspect-[4/3] h-auto w-full object-cover transition-transform group-hover:scale-105"
                    />
                  ) : (
                    <span className="flex aspect-[4/3] items-center justify-center text-slate-600">Chưa có ảnh</span>
                  )}
                </span>
                <span className="mt-2 block font-semibold">{album.title}</span>
              </Link>
              <PhotoAlbumFacts imageCount={album.imageCount} publishedAt={album.publishedAt} className="text-sm text-slate-600" />
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/thu-vien-anh" page={result.page} pageCount={result.pageCount} />
    </section>
  );
}
