import Link from 'next/link';
import { ARTICLE_SORTS, ARTICLE_STATUSES, SORT_LABELS, STATUS_LABELS, type ArticleListQuery } from '@/lib/validation/article';

const SELECT = 'mt-1 block rounded border border-slate-300 bg-white px-2 py-1.5';

// Filters as a plain GET form: works without JavaScript and keeps the state in the URL.
export function ArticleListFilters({
  query,
  categories,
  authors,
  tags = [],
}: {
  query: ArticleListQuery;
  categories: { id: string; name: string }[];
  authors: { id: string; name: string }[] | null;
  /** Issue 18: tags to filter by (slug and name). */
  tags?: { slug: string; name: string }[];
}) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" role="search" aria-label="Lọc bài viết">
      <label className="text-sm font-semibold">
        Tìm kiếm
        <input name="q" type="search" defaultValue={query.q ?? ''} className={SELECT} />
      </label>
      <label className="text-sm font-semibold">
        Trạng thái
        <select name="trangThai" defaultValue={query.trangThai ?? ''} className={SELECT}>
          <option value="">Tất cả</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        Chuyên mục
        <select name="chuyenMuc" defaultValue={query.chuyenMuc ?? ''} className={SELECT}>
          <option value="">Tất cả</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </label>
      {tags.length > 0 && (
        <label className="text-sm font-semibold">
          Thẻ
          <select name="the" defaultValue={query.the ?? ''} className={SELECT}>
            <option value="">Tất cả</option>
            {tags.map((tag) => (
              <option key={tag.slug} value={tag.slug}>
                {tag.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {authors && (
        <label className="text-sm font-semibold">
          Tác giả
          <select name="tacGia" defaultValue={query.tacGia ?? ''} className={SELECT}>
            <option value="">Tất cả</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="text-sm font-semibold">
        Sắp xếp
        <select name="sapXep" defaultValue={query.sapXep} className={SELECT}>
          {ARTICLE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white">
        Lọc
      </button>
      <Link href="?" className="py-1.5 text-sm text-brand-700 underline">
        Xoá bộ lọc
      </Link>
    </form>
  );
}

/** `more`: the count stopped at pageCount pages (see COUNT_WINDOW) and more follow. */
export function ArticlePagination({
  query,
  pageCount,
  more = false,
  basePath,
}: {
  query: ArticleListQuery;
  pageCount: number;
  more?: boolean;
  basePath: string;
}) {
  if (pageCount <= 1) return null;
  const href = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && key !== 'trang') params.set(key, String(value));
    params.set('trang', String(page));
    return `${basePath}?${params.toString()}`;
  };
  return (
    <nav aria-label="Phân trang" className="mt-4 flex items-center gap-3">
      {query.trang > 1 && (
        <Link href={href(query.trang - 1)} className="text-brand-700 underline">
          ‹ Trang trước
        </Link>
      )}
      <span className="text-sm">
        Trang {query.trang} / {more ? `hơn ${pageCount}` : pageCount}
      </span>
      {(more || query.trang < pageCount) && (
        <Link href={href(query.trang + 1)} className="text-brand-700 underline">
          Trang sau ›
        </Link>
      )}
    </nav>
  );
}
