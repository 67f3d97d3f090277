interface PaginationProps {
  basePath: string;
  page: number;
  pageCount: number;
  /** Other query parameters to keep (e.g. the search query). */
  query?: Record<string, string>;
}

function pageHref(basePath: string, page: number, query: Record<string, string>): string {
  const params = new URLSearchParams(query);
  if (page > 1) params.set('trang', String(page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

function visiblePages(page: number, pageCount: number): number[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1]);
  return [...pages].filter((value) => value >= 1 && value <= pageCount).sort((a, b) => a - b);
}

/**
 * Page links (`?trang=N`), with the current page marked for assistive technology. Plain links (a
 * full load, answered by the page cache), not next/link: a client-side click on "Trang 2" once
 * changed the address but kept page 1's list on screen (Next.js segment cache, vercel/next.js#96965).
 */
export function Pagination({ basePath, page, pageCount, query = {} }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = visiblePages(page, pageCount);
  const linkClass = 'inline-flex min-w-10 items-center justify-center rounded border border-slate-300 bg-white px-3 py-2 hover:bg-brand-50';
  return (
    <nav aria-label="Phân trang" className="no-print mt-8">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <a href={pageHref(basePath, page - 1, query)} rel="prev" className={linkClass}>
              ‹ Trang trước
            </a>
          </li>
        )}
        {pages.map((value, index) => (
          <li key={value} className="flex items-center gap-2">
            {index > 0 && value - (pages[index - 1] ?? value) > 1 && <span aria-hidden="true">…</span>}
            {value === page ? (
              <span aria-current="page" className="inline-flex min-w-10 items-center justify-center rounded bg-brand-700 px-3 py-2 font-semibold text-white">
                <span className="sr-only">Trang </span>
                {value}
              </span>
            ) : (
              <a href={pageHref(basePath, value, query)} className={linkClass}>
                <span className="sr-only">Trang </span>
                {value}
              </a>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <a href={pageHref(basePath, page + 1, query)} rel="next" className={linkClass}>
              Trang sau ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
