import type { ArticleCard as ArticleCardData } from '@/lib/data/articles';
import { ArticleDate } from './article-date';
import { SiteImage } from './site-image';

// Links to articles are plain links (a full load, answered by the page cache), not next/link:
// client-side navigation from one article to another (related articles) can render the wrong
// article under the right address (Next.js segment cache, vercel/next.js#96965; seen on search
// results, the "Giới thiệu" pages and the news list's pages).

/** One item of a news list: thumbnail, title, date, summary. */
export function ArticleListItem({ article, headingLevel = 'h2' }: { article: ArticleCardData; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row">
      {article.cover && (
        <a href={`/tin-tuc/${article.slug}`} tabIndex={-1} aria-hidden="true" className="shrink-0 sm:w-48">
          <SiteImage media={article.cover} alt="" sizes="(min-width: 640px) 12rem, 100vw" className="aspect-video w-full rounded object-cover" />
        </a>
      )}
      <div className="min-w-0">
        <Heading className="text-lg font-semibold leading-snug">
          <a href={`/tin-tuc/${article.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {article.title}
          </a>
        </Heading>
        <p className="mt-1 text-sm text-slate-600">
          <ArticleDate date={article.publishedAt} />
          {article.category && <span> · {article.category.name}</span>}
        </p>
        {article.summary && <p className="mt-2 line-clamp-3 text-slate-700">{article.summary}</p>}
      </div>
    </article>
  );
}

/** A compact title + date link for sidebars and blocks. */
export function ArticleLink({ article }: { article: ArticleCardData }) {
  return (
    <>
      <a href={`/tin-tuc/${article.slug}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
        {article.title}
      </a>
      <span className="block text-xs text-slate-600">
        <ArticleDate date={article.publishedAt} />
      </span>
    </>
  );
}
