import Link from 'next/link';
import type { ArticleCard as ArticleCardData } from '@/lib/data/articles';
import { ArticleDate } from './article-date';
import { SiteImage } from './site-image';

/** One item of a news list: thumbnail, title, date, summary. */
export function ArticleListItem({ article, headingLevel = 'h2' }: { article: ArticleCardData; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row">
      {article.cover && (
        <Link href={`/tin-tuc/${article.slug}`} tabIndex={-1} aria-hidden="true" className="shrink-0 sm:w-48">
          <SiteImage media={article.cover} alt="" sizes="(min-width: 640px) 12rem, 100vw" className="aspect-video w-full rounded object-cover" />
        </Link>
      )}
      <div className="min-w-0">
        <Heading className="text-lg font-semibold leading-snug">
          <Link href={`/tin-tuc/${article.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {article.title}
          </Link>
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
      <Link href={`/tin-tuc/${article.slug}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
        {article.title}
      </Link>
      <span className="block text-xs text-slate-600">
        <ArticleDate date={article.publishedAt} />
      </span>
    </>
  );
}
