-- Issue 12: one scheduling mechanism. Readers see an article only once it is PUBLISHED: the
-- scheduler flips due SCHEDULED rows (one UPDATE … RETURNING) and expires the caches that show
-- them, so the search no longer treats a due SCHEDULED row as public at read time. The function
-- is the one of 20261126070000_search_scale with `status = 'PUBLISHED'` in place of
-- `status IN ('PUBLISHED', 'SCHEDULED')` (the partial index's predicate still covers it).
CREATE OR REPLACE FUNCTION "public"."ccn_search_candidates"(search_text text, not_after timestamptz, max_results integer, walk_limit integer DEFAULT 10000)
RETURNS TABLE (article_id uuid, published_at timestamptz, title_match boolean, rank real)
LANGUAGE plpgsql STABLE
-- Planner settings for the statements below only: a small web query never wins from parallel
-- workers, and a sequential scan of article_search is never the right answer here.
SET max_parallel_workers_per_gather = 0
SET enable_seqscan = off
AS $$
#variable_conflict use_column
DECLARE
  full_query tsquery := public.ccn_search_query(search_text);
  title_query tsquery := public.ccn_search_title_query(search_text);
  index_query tsquery;
  -- Twice what a word found in every article needs, then doubling: few rows walked for nothing.
  chunk_size integer := least(greatest(max_results * 2, 200), 2000);
  ids uuid[] := '{}';
  dates timestamptz[] := '{}';
  titles boolean[] := '{}';
  ranks real[] := '{}';
  chunk record;
  walked integer := 0;
  -- Where the walk stopped: (published_at, article_id) of the oldest row walked so far.
  last_date timestamptz := not_after;
  last_id uuid := 'ffffffff-ffff-ffff-ffff-ffffffffffff';
BEGIN
  IF full_query IS NULL OR numnode(full_query) = 0 OR max_results < 1 THEN
    RETURN;
  END IF;

  LOOP
    -- Ranked only when it matches (aggregate arguments are computed after FILTER).
    SELECT array_agg(c.article_id ORDER BY c.published_at DESC, c.article_id DESC) FILTER (WHERE c.hit) AS ids,
           array_agg(c.published_at ORDER BY c.published_at DESC, c.article_id DESC) FILTER (WHERE c.hit) AS dates,
           array_agg(c.rank_document @@ title_query ORDER BY c.published_at DESC, c.article_id DESC) FILTER (WHERE c.hit) AS titles,
           array_agg(ts_rank(c.rank_document, full_query) ORDER BY c.published_at DESC, c.article_id DESC) FILTER (WHERE c.hit) AS ranks,
           count(*)::integer AS size,
           min(c.published_at) AS oldest_date,
           (array_agg(c.article_id ORDER BY c.published_at, c.article_id))[1] AS oldest_id
    INTO chunk
    FROM (
      SELECT s.article_id, s.published_at, s.rank_document, s.lexemes @@ full_query AS hit
      FROM "article_search" s
      WHERE s.status = 'PUBLISHED' AND s.deleted_at IS NULL AND s.published_at <= not_after
        AND (s.published_at, s.article_id) < (last_date, last_id)
      ORDER BY s.published_at DESC, s.article_id DESC
      LIMIT chunk_size
    ) c;
    walked := walked + chunk.size;
    IF chunk.size > 0 THEN
      last_date := chunk.oldest_date;
      last_id := chunk.oldest_id;
    END IF;
    ids := ids || coalesce(chunk.ids, '{}');
    dates := dates || coalesce(chunk.dates, '{}');
    titles := titles || coalesce(chunk.titles, '{}');
    ranks := ranks || coalesce(chunk.ranks, '{}');
    IF cardinality(ids) >= max_results OR chunk.size < chunk_size THEN
      -- Enough, or every public article was walked: the newest matches, in order.
      RETURN QUERY SELECT * FROM unnest(ids[1:max_results], dates[1:max_results], titles[1:max_results], ranks[1:max_results]);
      RETURN;
    END IF;
    EXIT WHEN walked + (max_results - cardinality(ids)) * walked::float8 / greatest(cardinality(ids), 0.5) > walk_limit;
    chunk_size := least(chunk_size * 2, 2000);
  END LOOP;

  -- The words that most of the newest articles have (at least 30% of a few hundred) stay out of
  -- the index lookup; when every word is that common, the lookup has to take them all.
  SELECT string_agg(plainto_tsquery('simple'::regconfig, w.lexeme)::text, ' & ')::tsquery
  INTO index_query
  FROM (SELECT DISTINCT v.lexeme FROM unnest(to_tsvector('simple'::regconfig, public.ccn_unaccent(search_text))) AS v) w
  WHERE numnode(plainto_tsquery('simple'::regconfig, w.lexeme)) > 0
    AND (SELECT count(*) FILTER (WHERE p.lexemes @@ plainto_tsquery('simple'::regconfig, w.lexeme)) < 0.3 * count(*)
         FROM (
           SELECT s.lexemes FROM "article_search" s
           WHERE s.status = 'PUBLISHED' AND s.deleted_at IS NULL AND s.published_at <= not_after
           ORDER BY s.published_at DESC, s.article_id DESC
           LIMIT 300
         ) p);
  IF index_query IS NULL OR numnode(index_query) = 0 THEN
    index_query := full_query;
  END IF;

  RETURN QUERY SELECT * FROM unnest(ids, dates, titles, ranks);
  RETURN QUERY
  SELECT n.article_id, n.published_at, n.rank_document @@ title_query, ts_rank(n.rank_document, full_query)
  FROM (
    SELECT m.article_id, m.published_at, m.rank_document
    FROM (
      SELECT s.article_id, s.published_at, s.rank_document
      FROM "article_search" s
      WHERE s.lexemes @@ index_query
        -- ts_match_vq is @@ as a function: a check on the row, never an index condition.
        AND ts_match_vq(s.lexemes, full_query)
        AND s.status = 'PUBLISHED' AND s.deleted_at IS NULL AND s.published_at <= not_after
        AND (s.published_at, s.article_id) < (last_date, last_id)
      OFFSET 0 -- every match first (a bitmap of the GIN index), then the newest: never a date walk
    ) m
    ORDER BY m.published_at DESC, m.article_id DESC
    LIMIT max_results - cardinality(ids)
  ) n; -- ranked after the LIMIT: only the rows returned
END
$$;
