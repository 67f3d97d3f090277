import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { highlightSnippet, type Segment } from '@/lib/content/highlight';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { normalizeSearchQuery } from './search';
import { SEARCH_PER_PAGE, SEARCH_RESULT_LIMIT } from './search-sql';
import { SEARCH_KINDS, siteSearchSql, type SearchKind, type SiteSearchFilter } from './site-search-sql';

export { SEARCH_KINDS, type SearchKind };

/** Result types as readers see them (facet labels, the badge on each result). */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  ARTICLE: 'Tin tức',
  LEGAL_DOCUMENT: 'Văn bản',
  PROCEDURE: 'Thủ tục hành chính',
  DISCLOSURE: 'Công khai thông tin',
  CLUSTER: 'Cụm công nghiệp',
  PROJECT: 'Kế hoạch, dự án',
  PAGE: 'Trang giới thiệu',
  QUESTION: 'Hỏi đáp',
  VIDEO: 'Video',
  PHOTO_ALBUM: 'Thư viện ảnh',
};

/** The `loai` URL parameter of each type (no raw codes in addresses either). */
export const SEARCH_KIND_SLUGS: Record<SearchKind, string> = {
  ARTICLE: 'tin-tuc',
  LEGAL_DOCUMENT: 'van-ban',
  PROCEDURE: 'thu-tuc',
  DISCLOSURE: 'cong-khai',
  CLUSTER: 'cum-cong-nghiep',
  PROJECT: 'du-an',
  PAGE: 'trang',
  QUESTION: 'hoi-dap',
  VIDEO: 'video',
  PHOTO_ALBUM: 'album-anh',
};

/** Types whose date means something to a reader (issued, published, answered). */
const DATED: ReadonlySet<SearchKind> = new Set(['ARTICLE', 'LEGAL_DOCUMENT', 'DISCLOSURE', 'QUESTION', 'VIDEO', 'PHOTO_ALBUM']);
const TITLE_LENGTH = 400;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Reads `loai` and `nam` from the address; anything unknown is no filter (never an error). */
export function parseSearchFilter(params: { loai?: string | string[]; nam?: string | string[] }): { kind: SearchKind | null; year: number | null } {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
  const slug = first(params.loai);
  const kind = (Object.entries(SEARCH_KIND_SLUGS).find(([, value]) => value === slug)?.[0] as SearchKind | undefined) ?? null;
  const yearText = first(params.nam);
  const year = /^\d{4}$/.test(yearText) && Number(yearText) >= MIN_YEAR && Number(yearText) <= MAX_YEAR ? Number(yearText) : null;
  return { kind, year };
}

export interface SiteSearchHit {
  kind: SearchKind;
  id: string;
  path: string;
  title: string;
  titleSegments: Segment[];
  excerpt: Segment[];
  /** Shown only for types where a date means something. */
  date: Date | null;
  categoryName: string | null;
  titleMatch: boolean;
}

export interface Facet<Value> {
  value: Value;
  count: number;
  /** More matches than SEARCH_RESULT_LIMIT: the count is the newest ones only. */
  more: boolean;
}

export interface SiteSearchResults {
  query: string;
  kind: SearchKind | null;
  year: number | null;
  hits: SiteSearchHit[];
  total: number;
  page: number;
  pageCount: number;
  kinds: Facet<SearchKind>[];
  years: Facet<number>[];
}

interface Row {
  total: number;
  kinds: Record<string, number>;
  years: Record<string, number>;
  position: number | null;
  kind: SearchKind | null;
  ref_id: string | null;
  title_match: boolean | null;
  sort_at: Date | null;
  title: string | null;
  path: string | null;
  excerpt: string | null;
  category_name: string | null;
}

const facet = <Value>(value: Value, count: number): Facet<Value> => ({
  value,
  count: Math.min(count, SEARCH_RESULT_LIMIT),
  more: count > SEARCH_RESULT_LIMIT,
});

/**
 * Every public item containing all the words of the query (unaccented, any case), with the
 * counts per type and per year, filtered by type and year, one page at a time
 * (lib/data/site-search-sql.ts: one statement).
 */
export async function searchSite(rawQuery: string, filter: SiteSearchFilter): Promise<SiteSearchResults> {
  'use cache';
  // Any public content may change a result: the tags of every searched type.
  cacheTag(
    cacheTags.articles,
    cacheTags.legalDocuments,
    cacheTags.procedures,
    cacheTags.disclosure,
    cacheTags.clusters,
    cacheTags.projects,
    cacheTags.pages,
    cacheTags.questions,
    cacheTags.videos,
    cacheTags.photoAlbums,
  );
  cacheLife('minutes');
  const query = normalizeSearchQuery(rawQuery);
  const empty: SiteSearchResults = { query, kind: filter.kind, year: filter.year, hits: [], total: 0, page: 1, pageCount: 1, kinds: [], years: [] };
  if (!query || !/[\p{L}\p{N}]/u.test(query)) return empty;
  const page = Math.max(1, Math.floor(filter.page));
  const rows = await prisma.$queryRaw<Row[]>(siteSearchSql(query, { ...filter, page }, new Date()));
  const first = rows[0];
  if (!first) return empty;
  const pageCount = Math.max(1, Math.ceil(first.total / SEARCH_PER_PAGE));
  return {
    query,
    kind: filter.kind,
    year: filter.year,
    total: first.total,
    page,
    pageCount,
    kinds: SEARCH_KINDS.filter((kind) => first.kinds[kind]).map((kind) => facet(kind, first.kinds[kind]!)),
    years: Object.entries(first.years)
      .map(([year, count]) => facet(Number(year), count))
      .sort((a, b) => b.value - a.value),
    hits: rows
      .filter((row) => row.ref_id !== null && row.kind !== null && row.path !== null)
      .map((row) => ({
        kind: row.kind!,
        id: row.ref_id!,
        path: row.path!,
        title: row.title ?? '',
        titleSegments: highlightSnippet(row.title ?? '', query, TITLE_LENGTH),
        excerpt: highlightSnippet(row.excerpt ?? '', query),
        date: DATED.has(row.kind!) ? row.sort_at : null,
        categoryName: row.category_name,
        titleMatch: row.title_match === true,
      })),
  };
}
