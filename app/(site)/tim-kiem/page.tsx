import type { Metadata } from 'next';
import { connection } from 'next/server';
import { HighlightedText } from '@/components/site/highlighted-text';
import { Pagination } from '@/components/site/pagination';
import { SearchFacets } from '@/components/site/search-facets';
import { SearchForm } from '@/components/site/search-form';
import { SectionHeading } from '@/components/site/section-heading';
import { pageMetadata } from '@/components/site/seo';
import { parsePageParam } from '@/lib/data/articles';
import { normalizeSearchQuery } from '@/lib/data/search';
import { parseSearchFilter, SEARCH_KIND_LABELS, SEARCH_KIND_SLUGS, searchSite } from '@/lib/data/site-search';
import { formatDate } from '@/lib/format/date';
import { formatCount } from '@/lib/format/number';

interface Props {
  searchParams: Promise<{ q?: string | string[]; trang?: string | string[]; loai?: string | string[]; nam?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await connection();
  const query = normalizeSearchQuery((await searchParams).q);
  // Result pages are not worth indexing; the query is only ever used as text.
  return pageMetadata({
    title: query ? `Tìm kiếm: ${query.slice(0, 60)}` : 'Tìm kiếm',
    description: 'Tìm kiếm tin tức, văn bản, thủ tục hành chính, thông tin công khai, cụm công nghiệp, dự án, hỏi đáp và video trên cổng thông tin.',
    path: '/tim-kiem',
    noIndex: Boolean(query),
  });
}

/** One search over everything (issue 15 part 6): ranked results with type and year facets. */
export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const query = normalizeSearchQuery(params.q);
  const filter = parseSearchFilter(params);
  const requested = parsePageParam(params.trang) ?? 1;
  let results = await searchSite(query, { ...filter, page: requested });
  if (requested > results.pageCount) results = await searchSite(query, { ...filter, page: results.pageCount });
  const more = results.kinds.some((facet) => facet.more && (results.kind === null || results.kind === facet.value));
  const keep: Record<string, string> = { q: query };
  if (results.kind) keep.loai = SEARCH_KIND_SLUGS[results.kind];
  if (results.year) keep.nam = String(results.year);
  return (
    <section aria-labelledby="tim-kiem">
      <SectionHeading id="tim-kiem" level="h1">
        Tìm kiếm
      </SectionHeading>
      <SearchForm id="o-tim-kiem-trang" defaultValue={query} large className="mb-6 max-w-xl" />
      {!query ? (
        <p className="text-slate-700">
          Nhập từ khoá (có dấu hoặc không dấu) để tìm trong tin tức, văn bản, thủ tục hành chính, thông tin công khai, cụm công nghiệp, dự án, hỏi đáp và video.
        </p>
      ) : results.kinds.length === 0 ? (
        <p role="status">
          Không tìm thấy kết quả nào cho “<span className="font-semibold">{query}</span>”.
        </p>
      ) : (
        <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
          <SearchFacets results={results} />
          <div>
            <p role="status" className="mb-4 text-slate-700">
              {more ? (
                <>
                  Tìm thấy hơn {formatCount(results.total)} kết quả cho “<span className="font-semibold">{query}</span>”
                  {results.kind ? ` trong mục ${SEARCH_KIND_LABELS[results.kind]}` : ''}
                  {results.year ? ` năm ${results.year}` : ''}. Dưới đây là những kết quả mới nhất; thêm từ khoá để thu hẹp kết quả.
                </>
              ) : (
                <>
                  Tìm thấy {formatCount(results.total)} kết quả cho “<span className="font-semibold">{query}</span>”
                  {results.kind ? ` trong mục ${SEARCH_KIND_LABELS[results.kind]}` : ''}
                  {results.year ? ` năm ${results.year}` : ''}.
                </>
              )}
            </p>
            {results.hits.length === 0 ? (
              <p>Không có kết quả nào với bộ lọc này; hãy chọn “Tất cả loại” hoặc “Tất cả các năm”.</p>
            ) : (
              // Each result an <article> in a named region, not <ol>/<li>: React streams late parts of a
              // long result list in <div hidden> segments, where <li> (or role=listitem) is invalid HTML.
              <section aria-label="Kết quả tìm kiếm" className="space-y-6">
                {results.hits.map((hit) => (
                  <article key={`${hit.kind}:${hit.id}`} className="border-b border-slate-200 pb-5">
                    <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-brand-700">{SEARCH_KIND_LABELS[hit.kind]}</p>
                    <h2 className="text-lg font-semibold leading-snug">
                      {/* A plain link, not next/link: a client-side click on a result twice rendered another
                          result's page under the right address (Next.js segment cache, vercel/next.js#96965). */}
                      <a href={hit.path} className="text-slate-900 hover:text-brand-700 hover:underline">
                        <HighlightedText segments={hit.titleSegments} />
                      </a>
                    </h2>
                    {(hit.date || hit.categoryName) && (
                      <p className="mt-1 text-sm text-slate-600">
                        {hit.date && <time dateTime={hit.date.toISOString()}>{formatDate(hit.date)}</time>}
                        {hit.date && hit.categoryName && ' · '}
                        {hit.categoryName}
                      </p>
                    )}
                    {hit.excerpt.length > 0 && (
                      <p className="mt-2 text-slate-700">
                        <HighlightedText segments={hit.excerpt} />
                      </p>
                    )}
                  </article>
                ))}
              </section>
            )}
            <Pagination basePath="/tim-kiem" page={results.page} pageCount={results.pageCount} query={keep} />
          </div>
        </div>
      )}
    </section>
  );
}
