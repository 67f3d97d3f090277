import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { highlightSnippet, type Segment } from '@/lib/content/highlight';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { SEARCH_PER_PAGE, SEARCH_RESULT_LIMIT, searchPageSql } from './search-sql';

export { SEARCH_PER_PAGE, SEARCH_RESULT_LIMIT };
/** Longer queries are cut: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200;
/** Titles are shown whole up to this length. */
const TITLE_LENGTH = 400;

/** Trims, joins whitespace, composes accents (NFC, as stored) and bounds the length. */
export function normalizeSearchQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  // Control characters become spaces: PostgreSQL rejects NUL (the query would fail with a 500).
  return value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** `%`, `_` and `\` are literal characters in a search, not LIKE wildcards. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export interface SearchHit {
  id: string;
  title: string;
  /** The title split into marked and unmarked parts (the query's words marked). */
  titleSegments: Segment[];
  slug: string;
  /** About 240 characters of summary and body around the first match, the words marked. */
  excerpt: Segment[];
  publishedAt: Date;
  categoryName: string | null;
  titleMatch: boolean;
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** Results that can be paged through: every match, or SEARCH_RESULT_LIMIT when there are more. */
  total: number;
  /** More articles match than the SEARCH_RESULT_LIMIT newest that are ranked and shown. */
  more: boolean;
  page: number;
  pageCount: number;
}

interface PageRow {
  total: number;
  id: string | null;
  title: string;
  slug: string;
  summary: string;
  body_text: string;
  published_at: Date;
  category_name: string | null;
  title_match: boolean;
}

/** A query must have a letter or a digit: punctuation alone matches nothing (and costs nothing). */
function hasWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/**
 * Published articles containing every word of the query in title, summary or body (full text
 * over unaccented, lower-cased words). Title matches come first, then full-text rank, then the
 * newest; when more than SEARCH_RESULT_LIMIT articles match, the newest SEARCH_RESULT_LIMIT are
 * ranked and `more` is set. One query whatever the page (lib/data/search-sql.ts).
 */
export async function searchArticles(rawQuery: string, page: number): Promise<SearchResults> {
  'use cache';
  cacheTag(cacheTags.articles);
  // Queries are open-ended: keep their entries short-lived so they do not crowd the cache.
  cacheLife('minutes');
  const query = normalizeSearchQuery(rawQuery);
  if (!query || !hasWords(query)) return { query, hits: [], total: 0, more: false, page: 1, pageCount: 1 };
  const now = new Date();
  const rows = await prisma.$queryRaw<PageRow[]>(searchPageSql(query, Math.max(1, page), now));
  const candidates = rows[0]?.total ?? 0;
  const total = Math.min(candidates, SEARCH_RESULT_LIMIT);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PER_PAGE));
  const hits = page < 1 || page > pageCount ? [] : rows.filter((row) => row.id !== null);
  return {
    query,
    total,
    more: candidates > SEARCH_RESULT_LIMIT,
    page,
    pageCount,
    // Excerpts are cut here, inside the cached function: the entry (and every render from it)
    // carries a few hundred characters per hit instead of up to 20,000 of body text.
    hits: hits.map((row) => ({
      id: row.id!,
      title: row.title,
      titleSegments: highlightSnippet(row.title, query, TITLE_LENGTH),
      slug: row.slug,
      excerpt: highlightSnippet([row.summary, row.body_text].filter(Boolean).join(' '), query),
      publishedAt: row.published_at,
      categoryName: row.category_name,
      titleMatch: row.title_match,
    })),
  };
}
