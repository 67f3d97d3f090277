import { Prisma } from '../generated/prisma/client.ts';

// The public search's SQL, apart from the DAL so that scripts/explain-search.ts can EXPLAIN
// exactly what the site runs. Parameters only: the reader's text never becomes SQL.

export const SEARCH_PER_PAGE = 10;
/**
 * At most this many results are ranked and paged (10 pages). Counting or ranking every match
 * of a word found in most of the archive costs seconds at 100,000 articles; past this many the
 * page says "more than" and ranks the newest ones (as big sites do, a search is refined, not
 * paged through).
 */
export const SEARCH_RESULT_LIMIT = 100;

/**
 * One query: ccn_search_page() (migration 20261126070000_search_scale) finds the newest
 * SEARCH_RESULT_LIMIT + 1 matches, ranks the first SEARCH_RESULT_LIMIT (title matches first,
 * then ts_rank over title, summary and body, then the newest) and cuts the requested page; this
 * adds what the result list shows. Always at least one row, carrying the candidate count.
 */
export function searchPageSql(query: string, page: number, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT p.total, a.id, a.title, a.slug, a.summary, left(a.body_text, 20000) AS body_text, a.published_at,
           c.name AS category_name, p.title_match
    FROM public.ccn_search_page(${query}::text, ${now}::timestamptz, ${SEARCH_RESULT_LIMIT}::int,
                                ${SEARCH_PER_PAGE}::int, ${(page - 1) * SEARCH_PER_PAGE}::int) p
    LEFT JOIN articles a ON a.id = p.article_id
    LEFT JOIN categories c ON c.id = a.category_id
    ORDER BY p.position`;
}
