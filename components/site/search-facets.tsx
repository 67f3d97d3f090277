import Link from 'next/link';
import { SEARCH_KIND_LABELS, SEARCH_KIND_SLUGS, type SearchKind, type SiteSearchResults } from '@/lib/data/site-search';
import { formatCount } from '@/lib/format/number';

/** The address of a search with these filters (page 1). */
export function searchHref(query: string, kind: SearchKind | null, year: number | null): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set('loai', SEARCH_KIND_SLUGS[kind]);
  if (year) params.set('nam', String(year));
  return `/tim-kiem?${params.toString()}`;
}

const linkClass =
  'flex justify-between gap-3 rounded px-2 py-1 text-brand-800 hover:bg-brand-50 aria-[current=true]:bg-brand-700 aria-[current=true]:font-semibold aria-[current=true]:text-white';

function FacetGroup<Value extends string | number>({
  id,
  title,
  allLabel,
  entries,
  selected,
  href,
  label,
}: {
  id: string;
  title: string;
  allLabel: string;
  entries: { value: Value; count: number; more: boolean }[];
  selected: Value | null;
  href: (value: Value | null) => string;
  label: (value: Value) => string;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-1 text-sm font-bold uppercase text-slate-700">
        {title}
      </h2>
      <ul className="space-y-0.5 text-sm">
        <li>
          <Link href={href(null)} aria-current={selected === null ? 'true' : undefined} className={linkClass}>
            {allLabel}
          </Link>
        </li>
        {entries.map((entry) => (
          <li key={entry.value}>
            <Link href={href(entry.value)} aria-current={selected === entry.value ? 'true' : undefined} className={linkClass}>
              <span>{label(entry.value)}</span>{' '}
              <span>
                {entry.more ? 'hơn ' : ''}
                {formatCount(entry.count)}
                <span className="sr-only"> kết quả</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Result counts by type and by year; each is a link that filters (and keeps the other filter). */
export function SearchFacets({ results }: { results: SiteSearchResults }) {
  const { query, kind, year } = results;
  return (
    <nav aria-label="Lọc kết quả" className="no-print space-y-4 rounded border border-slate-200 bg-white p-3">
      <FacetGroup
        id="loc-loai"
        title="Loại nội dung"
        allLabel="Tất cả loại"
        entries={results.kinds}
        selected={kind}
        href={(value) => searchHref(query, value, year)}
        label={(value) => SEARCH_KIND_LABELS[value]}
      />
      {results.years.length > 0 && (
        <FacetGroup
          id="loc-nam"
          title="Năm"
          allLabel="Tất cả các năm"
          entries={results.years}
          selected={year}
          href={(value) => searchHref(query, kind, value)}
          label={(value) => String(value)}
        />
      )}
    </nav>
  );
}
