import Link from 'next/link';

/** Previous / next page links with the current position, for server-rendered lists. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const linkClass = 'rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50';
  return (
    <nav aria-label="Phân trang" className="flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          ← Trang trước
        </Link>
      ) : null}
      <span aria-current="page">
        Trang {Math.min(page, pageCount)} / {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          Trang sau →
        </Link>
      ) : null}
    </nav>
  );
}
