import Link from 'next/link';
import { linkedSitesForSidebar } from '@/lib/data/linked-sites';
import { mostReadArticles } from '@/lib/data/page-views';
import { latestVideos } from '@/lib/data/videos';
import { VideoPoster } from './video-poster';

const boxTitle = 'bg-brand-700 px-4 py-2 text-sm font-bold uppercase text-white';

export async function SiteSidebar() {
  const [linkedSites, videos, mostRead] = await Promise.all([linkedSitesForSidebar(), latestVideos(1), mostReadArticles(5)]);
  const video = videos[0];
  return (
    <aside className="no-print space-y-6" aria-label="Thông tin bên lề">
      {mostRead.length > 0 && (
        <section aria-labelledby="tin-doc-nhieu" className="rounded border border-slate-200 bg-white">
          <h2 id="tin-doc-nhieu" className={boxTitle}>
            Tin đọc nhiều
          </h2>
          <ol className="divide-y divide-slate-100">
            {mostRead.map((article) => (
              <li key={article.slug}>
                <Link href={`/tin-tuc/${article.slug}`} className="block px-4 py-2.5 text-brand-800 hover:bg-brand-50">
                  {article.title}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="website-lien-ket" className="rounded border border-slate-200 bg-white">
        <h2 id="website-lien-ket" className={boxTitle}>
          Website liên kết
        </h2>
        <ul className="divide-y divide-slate-100">
          {linkedSites.map((site) => (
            <li key={site.id}>
              <a href={site.url} target="_blank" rel="noopener noreferrer" className="block px-4 py-2.5 text-brand-800 hover:bg-brand-50">
                {site.name}
                <span className="sr-only"> (mở trong thẻ mới)</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {video && (
        <section aria-labelledby="video-moi" className="rounded border border-slate-200 bg-white">
          <h2 id="video-moi" className={boxTitle}>
            Video mới
          </h2>
          <Link href={`/thu-vien-video/${video.slug}`} className="block p-3 hover:bg-brand-50">
            <VideoPoster title={video.title} thumbnail={video.thumbnail} compact />
            <span className="mt-2 block font-medium text-slate-900">{video.title}</span>
          </Link>
        </section>
      )}
      <section aria-labelledby="ban-do" className="rounded border border-slate-200 bg-white">
        <h2 id="ban-do" className={boxTitle}>
          Bản đồ hành chính
        </h2>
        <p className="p-4">
          <Link href="/ban-do-hanh-chinh" className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900">
            Xem bản đồ hành chính tỉnh Ninh Bình
          </Link>
        </p>
      </section>
    </aside>
  );
}
