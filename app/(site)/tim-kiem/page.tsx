import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ArticleDate } from '@/components/site/article-date';
import { HighlightedText } from '@/components/site/highlighted-text';
import { Pagination } from '@/components/site/pagination';
import { SearchForm } from '@/components/site/search-form';
import { SectionHeading } from '@/components/site/section-heading';
import { pageMetadata } from '@/components/site/seo';
import { parsePageParam } from '@/lib/data/articles';
import { normalizeSearchQuery, searchArticles } from '@/lib/data/search';
import { formatCount } from '@/lib/format/number';

interface Props {
  searchParams: Promise<{ q?: string | string[]; trang?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await connection();
  const query = normalizeSearchQuery((await searchParams).q);
  // Result pages are not worth indexing; the query is only ever used as text.
  return pageMetadata({
    title: query ? `Tìm kiếm: ${query.slice(0, 60)}` : 'Tìm kiếm',
    description: 'Tìm kiếm tin tức trên cổng thông tin.',
    path: '/tim-kiem',
    noIndex: Boolean(query),
  });
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const query = normalizeSearchQuery(params.q);
  const requested = parsePageParam(params.trang) ?? 1;
  let results = await searchArticles(query, requested);
  if (requested > results.pageCount) results = await searchArticles(query, results.pageCount);
  return (
    <section aria-labelledby="tim-kiem">
      <SectionHeading id="tim-kiem" level="h1">
        Tìm kiếm
      </SectionHeading>
      <SearchForm id="o-tim-kiem-trang" defaultValue={query} large className="mb-6 max-w-xl" />
      {!query ? (
        <p className="text-slate-700">Nhập từ khoá (có dấu hoặc không dấu) để tìm trong các tin bài đã đăng.</p>
      ) : results.total === 0 ? (
        <p role="status">
          Không tìm thấy kết quả nào cho “<span className="font-semibold">{query}</span>”.
        </p>
      ) : (
        <>
          <p role="status" className="mb-4 text-slate-700">
            {results.more ? (
              <>
                Tìm thấy hơn {formatCount(results.total)} kết quả cho “<span className="font-semibold">{query}</span>”. Dưới đây là {formatCount(results.total)}{' '}
                bài mới nhất trong số đó; thêm từ khoá để thu hẹp kết quả.
              </>
            ) : (
              <>
                Tìm thấy {formatCount(results.total)} kết quả cho “<span className="font-semibold">{query}</span>”.
              </>
            )}
          </p>
          <ol className="space-y-6">
            {results.hits.map((hit) => (
              <li key={hit.id} className="border-b border-slate-200 pb-5">
                <h2 className="text-lg font-semibold leading-snug">
                  <Link href={`/tin-tuc/${hit.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                    <HighlightedText segments={hit.titleSegments} />
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-slate-600">
                  <ArticleDate date={hit.publishedAt} />
                  {hit.categoryName && <span> · {hit.categoryName}</span>}
                </p>
                <p className="mt-2 text-slate-700">
                  <HighlightedText segments={hit.excerpt} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination basePath="/tim-kiem" page={results.page} pageCount={results.pageCount} query={{ q: query }} />
        </>
      )}
    </section>
  );
}
