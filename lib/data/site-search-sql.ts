import { Prisma } from '../generated/prisma/client.ts';
import { SEARCH_PER_PAGE, SEARCH_RESULT_LIMIT } from './search-sql.ts';

// The one search over everything (/tim-kiem), apart from the DAL so that scripts/explain-search.ts
// can EXPLAIN exactly what the site runs. Parameters only: the reader's text never becomes SQL.

/** Result types, in the order the facets list them. */
export const SEARCH_KINDS = ['ARTICLE', 'LEGAL_DOCUMENT', 'PROCEDURE', 'DISCLOSURE', 'CLUSTER', 'PROJECT', 'PAGE', 'QUESTION', 'VIDEO', 'PHOTO_ALBUM'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The types kept in site_search (articles have article_search). */
const OTHER_KINDS: readonly SearchKind[] = SEARCH_KINDS.filter((kind) => kind !== 'ARTICLE');

export interface SiteSearchFilter {
  kind: SearchKind | null;
  year: number | null;
  page: number;
}

/** Years are counted in Vietnam's time zone (an article published at 00:30 on 1 January is of the new year). */
function yearBounds(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, 0, 1, -7)), end: new Date(Date.UTC(year + 1, 0, 1, -7) - 1) };
}

/**
 * One statement: the matches of every type, at most SEARCH_RESULT_LIMIT (+ 1, to tell "more")
 * per type, newest first: articles through ccn_search_candidates (migration 20261126070000), the
 * other types from site_search (migration 20261206101000, per type its newest rows or its GIN matches). The
 * type facet counts them with the year filter applied, the year facet with the type filter
 * applied; the list is both filters, ranked (title matches first, then ts_rank over title and
 * lead, then the newest) and cut to the page. Always at least one row (the facets).
 */
export function siteSearchSql(query: string, filter: SiteSearchFilter, now: Date): Prisma.Sql {
  const cap = SEARCH_RESULT_LIMIT + 1;
  const hasYear = filter.year !== null;
  const bounds = yearBounds(filter.year ?? 2000);
  const yearEnd = hasYear && bounds.end < now ? bounds.end : now;
  const articlesListed = filter.kind === null || filter.kind === 'ARTICLE';
  // Unfiltered articles feed the type facet (no year filter) and the year facet (articles shown).
  const needAllArticles = !hasYear || articlesListed;
  const kind = filter.kind ?? '';
  const offset = (Math.max(1, filter.page) - 1) * SEARCH_PER_PAGE;
  return Prisma.sql`
    WITH a_all AS MATERIALIZED (
      SELECT 'ARTICLE'::"SearchKind" AS kind, c.article_id AS ref_id, c.published_at AS sort_at,
             extract(year FROM c.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::integer AS year, c.title_match, c.rank,
             row_number() OVER (ORDER BY c.published_at DESC, c.article_id DESC) AS rn
      FROM public.ccn_search_candidates(${query}::text, ${now}::timestamptz, ${cap}::int) c
      WHERE ${needAllArticles}::boolean
    ),
    a_year AS MATERIALIZED (
      SELECT 'ARTICLE'::"SearchKind" AS kind, c.article_id AS ref_id, c.published_at AS sort_at, ${filter.year}::integer AS year,
             c.title_match, c.rank, row_number() OVER (ORDER BY c.published_at DESC, c.article_id DESC) AS rn
      FROM public.ccn_search_candidates(${query}::text, ${yearEnd}::timestamptz, ${cap}::int) c
      WHERE ${hasYear}::boolean AND c.published_at >= ${bounds.start}::timestamptz
    ),
    -- Per type, the newest matches: the planner walks the type's newest public rows (a common
    -- word: it stops after a hundred) or asks the GIN index (a rare one), by its word statistics.
    o_all AS MATERIALIZED (
      SELECT m.*, row_number() OVER (PARTITION BY m.kind ORDER BY m.sort_at DESC, m.ref_id DESC) AS rn
      FROM unnest(${[...OTHER_KINDS]}::"SearchKind"[]) k(kind)
      CROSS JOIN LATERAL (
        SELECT s.kind, s.ref_id, s.sort_at, s.year, s.rank_document FROM site_search s
        WHERE s.kind = k.kind AND s.published AND s.lexemes @@ public.ccn_search_query(${query}::text)
        ORDER BY s.sort_at DESC, s.ref_id DESC LIMIT ${cap}
      ) m
    ),
    o_year AS MATERIALIZED (
      SELECT m.*, row_number() OVER (PARTITION BY m.kind ORDER BY m.sort_at DESC, m.ref_id DESC) AS rn
      FROM unnest(${[...OTHER_KINDS]}::"SearchKind"[]) k(kind)
      CROSS JOIN LATERAL (
        SELECT s.kind, s.ref_id, s.sort_at, s.year, s.rank_document FROM site_search s
        WHERE s.kind = k.kind AND s.published AND s.year = ${filter.year}::integer AND s.lexemes @@ public.ccn_search_query(${query}::text)
        ORDER BY s.sort_at DESC, s.ref_id DESC LIMIT ${cap}
      ) m
      WHERE ${hasYear}::boolean
    ),
    -- What the type facet counts (year filter applied) and the year facet counts (type filter applied).
    by_kind AS (
      SELECT kind FROM a_all WHERE NOT ${hasYear}::boolean UNION ALL SELECT kind FROM a_year
      UNION ALL SELECT kind FROM o_all WHERE NOT ${hasYear}::boolean UNION ALL SELECT kind FROM o_year
    ),
    by_year AS (
      SELECT year FROM a_all WHERE ${articlesListed}::boolean
      UNION ALL SELECT year FROM o_all WHERE year IS NOT NULL AND (${kind}::text = '' OR kind::text = ${kind}::text)
    ),
    list AS (
      SELECT kind, ref_id, sort_at, title_match, rank FROM a_all WHERE ${articlesListed}::boolean AND NOT ${hasYear}::boolean AND rn <= ${SEARCH_RESULT_LIMIT}
      UNION ALL
      SELECT kind, ref_id, sort_at, title_match, rank FROM a_year WHERE ${articlesListed}::boolean AND rn <= ${SEARCH_RESULT_LIMIT}
      UNION ALL
      SELECT o.kind, o.ref_id, o.sort_at, o.rank_document @@ public.ccn_search_title_query(${query}::text), ts_rank(o.rank_document, public.ccn_search_query(${query}::text))
      FROM (SELECT * FROM o_all WHERE NOT ${hasYear}::boolean UNION ALL SELECT * FROM o_year) o
      WHERE o.rn <= ${SEARCH_RESULT_LIMIT} AND (${kind}::text = '' OR o.kind::text = ${kind}::text)
    ),
    page AS (
      SELECT l.*, (row_number() OVER (ORDER BY l.title_match DESC, l.rank DESC, l.sort_at DESC, l.ref_id DESC))::integer AS position
      FROM list l
      ORDER BY l.title_match DESC, l.rank DESC, l.sort_at DESC, l.ref_id DESC
      LIMIT ${SEARCH_PER_PAGE} OFFSET ${offset}
    ),
    facets AS (
      SELECT (SELECT count(*) FROM list)::integer AS total,
             (SELECT coalesce(jsonb_object_agg(k.kind, k.n), '{}'::jsonb) FROM (SELECT kind, count(*) AS n FROM by_kind GROUP BY kind) k) AS kinds,
             (SELECT coalesce(jsonb_object_agg(y.year, y.n), '{}'::jsonb) FROM (SELECT year, count(*) AS n FROM by_year GROUP BY year) y) AS years
    )
    SELECT f.total, f.kinds, f.years, p.position, p.kind::text AS kind, p.ref_id, p.title_match, p.sort_at,
           coalesce(a.title, s.title) AS title,
           CASE WHEN p.kind = 'ARTICLE' THEN '/tin-tuc/' || a.slug ELSE s.path END AS path,
           CASE WHEN p.kind = 'ARTICLE' THEN concat_ws(' ', nullif(a.summary, ''), left(a.body_text, 20000)) ELSE s.excerpt END AS excerpt,
           cat.name AS category_name
    FROM facets f
    LEFT JOIN page p ON true
    LEFT JOIN articles a ON p.kind = 'ARTICLE' AND a.id = p.ref_id
    LEFT JOIN categories cat ON cat.id = a.category_id
    LEFT JOIN site_search s ON p.kind <> 'ARTICLE' AND s.kind = p.kind AND s.ref_id = p.ref_id
    ORDER BY p.position`;
}
