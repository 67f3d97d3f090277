import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ArticleDate } from '@/components/site/article-date';
import { ArticleLink } from '@/components/site/article-card';
import { SectionHeading } from '@/components/site/section-heading';
import { SiteImage } from '@/components/site/site-image';
import { NoticeStrip } from '@/components/site/notice-strip';
import { VideoPoster } from '@/components/site/video-poster';
import { pageMetadata } from '@/components/site/seo';
import { latestArticles } from '@/lib/data/articles';
import { activeNotices, activePinned, homeCategoryBlocks, pinnedArticles, upcomingNotices } from '@/lib/data/home';
import { getSiteSettings } from '@/lib/data/settings';
import { latestVideos } from '@/lib/data/videos';

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const settings = await getSiteSettings();
  return {
    ...pageMetadata({ title: settings['site.name'], description: settings['site.description'], path: '/' }),
    title: { absolute: settings['site.name'] },
  };
}

export default async function HomePage() {
  await connection();
  const [newest, pinnedRows, noticeRows, blocks, videos, settings] = await Promise.all([
    latestArticles(7),
    pinnedArticles(),
    upcomingNotices(),
    homeCategoryBlocks(5),
    latestVideos(3),
    getSiteSettings(),
  ]);
  // "Tin nổi bật": the articles editors pinned (in their order, until their end date); with none
  // pinned, the newest article (issue 18).
  const now = new Date();
  const pinned = activePinned(pinnedRows, now);
  const notices = activeNotices(noticeRows, now);
  const pinnedIds = new Set(pinned.map((article) => article.id));
  const latest = [...pinned, ...newest.filter((article) => !pinnedIds.has(article.id))].slice(0, Math.max(7, pinned.length + 4));
  const [featured, ...rest] = latest;
  const alsoFeatured = pinned.slice(1);
  const others = rest.slice(alsoFeatured.length);
  // An article already shown above is not repeated in its category's block.
  const shown = new Set(latest.map((article) => article.id));
  const categorySections = blocks
    .map((block) => ({ ...block, articles: block.articles.filter((article) => !shown.has(article.id)) }))
    .filter((block) => block.articles.length > 0);
  return (
    <div className="space-y-10">
      <h1 className="sr-only">{settings['site.name']}</h1>
      <NoticeStrip notices={notices} />
      {featured ? (
        <section aria-labelledby="tin-noi-bat">
          <SectionHeading id="tin-noi-bat">Tin nổi bật</SectionHeading>
          <article className="grid gap-5 md:grid-cols-2">
            {featured.cover && (
              <Link href={`/tin-tuc/${featured.slug}`} tabIndex={-1} aria-hidden="true">
                <SiteImage
                  media={featured.cover}
                  alt=""
                  priority
                  sizes="(min-width: 768px) 24rem, 100vw"
                  className="aspect-video w-full rounded object-cover"
                />
              </Link>
            )}
            <div className={featured.cover ? '' : 'md:col-span-2'}>
              <h3 className="text-2xl font-bold leading-snug">
                <Link href={`/tin-tuc/${featured.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                  {featured.title}
                </Link>
              </h3>
              <p className="mt-2 text-sm text-slate-600">
                <ArticleDate date={featured.publishedAt} />
                {featured.category && <span> · {featured.category.name}</span>}
              </p>
              {featured.summary && <p className="mt-3 text-slate-700">{featured.summary}</p>}
            </div>
          </article>
          {alsoFeatured.length > 0 && (
            <ul className="mt-5 grid gap-4 sm:grid-cols-2">
              {alsoFeatured.map((article) => (
                <li key={article.id} className="rounded border border-accent-500 bg-white p-4">
                  <ArticleLink article={article} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <p>Chưa có tin bài nào được đăng.</p>
      )}

      {others.length > 0 && (
        <section aria-labelledby="tin-moi">
          <SectionHeading id="tin-moi" href="/tin-tuc" more="Xem tất cả tin tức">
            Tin mới
          </SectionHeading>
          <ul className="grid gap-4 sm:grid-cols-2">
            {others.map((article) => (
              <li key={article.id} className="rounded border border-slate-200 bg-white p-4">
                <ArticleLink article={article} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {categorySections.map((block) => (
        <section key={block.id} aria-labelledby={`chuyen-muc-${block.slug}`}>
          <SectionHeading id={`chuyen-muc-${block.slug}`} href={`/tin-tuc/danh-muc/${block.slug}`} more={`Xem thêm ${block.name}`}>
            {block.name}
          </SectionHeading>
          <ul className="space-y-3">
            {block.articles.map((article) => (
              <li key={article.id} className="border-b border-slate-200 pb-3">
                <ArticleLink article={article} />
              </li>
            ))}
          </ul>
        </section>
      ))}

      {videos.length > 0 && (
        <section aria-labelledby="video-moi-nhat">
          <SectionHeading id="video-moi-nhat" href="/thu-vien-video" more="Xem thư viện video">
            Video
          </SectionHeading>
          <ul className="grid gap-4 sm:grid-cols-3">
            {videos.map((video) => (
              <li key={video.id}>
                <Link href={`/thu-vien-video/${video.slug}`} className="block hover:text-brand-700">
                  <VideoPoster title={video.title} thumbnail={video.thumbnail} compact />
                  <span className="mt-2 block font-medium">{video.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
