-- Public search at 100,000 articles (issue 7).
--
-- Before: every search recomputed the search vector of each candidate article (the expression
-- index only located matches), counted every match and ranked every match; a query matching
-- most of the archive ("cong nghiep") took 30-40 s at 100,000 articles.
--
-- Now each article's search document is computed once, when the article is written, into a
-- narrow side table (one small row per article, its word list stored inline) that a trigger keeps
-- in step with `articles`. ccn_search_candidates() returns at most N newest matches, walking
-- the newest public articles or asking the GIN index as the query needs (see below), and
-- ccn_search_page() ranks those and cuts the page.
-- Indexes Prisma can't express are named search_*, see the drift test.

CREATE TABLE "article_search" (
    "article_id" UUID NOT NULL,
    -- Copies of the article's visibility, so that a search never has to read the article row.
    "status" "ArticleStatus" NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    -- Every word of title, summary and body, without positions or weights: what matching reads.
    -- Kept inside the row (STORAGE MAIN) so that checking an article reads one heap tuple, not
    -- a TOAST chain.
    "lexemes" tsvector NOT NULL,
    -- Title (weight A) and summary (B) with positions: ranks the few candidates (as before this
    -- migration, on title and summary only) and tells title matches apart. Small: stays inline.
    "rank_document" tsvector NOT NULL,

    CONSTRAINT "article_search_pkey" PRIMARY KEY ("article_id")
);
ALTER TABLE "article_search" ALTER COLUMN "lexemes" SET STORAGE MAIN;
ALTER TABLE "article_search" ADD CONSTRAINT "article_search_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE OR REPLACE FUNCTION "public"."ccn_article_search_sync"()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  document tsvector;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.summary IS NOT DISTINCT FROM OLD.summary
     AND NEW.body_text IS NOT DISTINCT FROM OLD.body_text THEN
    -- Only the visibility changed (publish, schedule, trash): the words are still right.
    UPDATE "article_search" SET status = NEW.status, published_at = NEW.published_at, deleted_at = NEW.deleted_at
    WHERE article_id = NEW.id;
    IF FOUND THEN
      RETURN NULL;
    END IF;
  END IF;
  -- Computed once: the words without positions, and the title and summary part with them.
  document := public.ccn_article_search_vector(NEW.title, NEW.summary, NEW.body_text);
  INSERT INTO "article_search" (article_id, status, published_at, deleted_at, lexemes, rank_document)
  VALUES (NEW.id, NEW.status, NEW.published_at, NEW.deleted_at, strip(document), ts_filter(document, '{a,b}'))
  ON CONFLICT (article_id) DO UPDATE
    SET status = EXCLUDED.status, published_at = EXCLUDED.published_at, deleted_at = EXCLUDED.deleted_at,
        lexemes = EXCLUDED.lexemes, rank_document = EXCLUDED.rank_document;
  RETURN NULL;
END
$$;

CREATE TRIGGER "article_search_sync"
AFTER INSERT OR UPDATE OF "title", "summary", "body_text", "status", "published_at", "deleted_at" ON "articles"
FOR EACH ROW EXECUTE FUNCTION "public"."ccn_article_search_sync"();

INSERT INTO "article_search" (article_id, status, published_at, deleted_at, lexemes, rank_document)
SELECT a.id, a.status, a.published_at, a.deleted_at, strip(d.document), ts_filter(d.document, '{a,b}')
FROM "articles" a
CROSS JOIN LATERAL (SELECT public.ccn_article_search_vector(a.title, a.summary, a.body_text) AS document) d;

CREATE INDEX "search_article_search_lexemes_idx" ON "article_search" USING GIN ("lexemes");
-- Public articles newest first, exactly publishedNow() but for the date.
CREATE INDEX "search_article_search_public_newest_idx" ON "article_search" ("published_at" DESC, "article_id" DESC)
  WHERE "status" IN ('PUBLISHED', 'SCHEDULED') AND "deleted_at" IS NULL;

-- The old expression indexes: matching now reads article_search. The title-substring branch
-- (LIKE '%…%' on titles, trigram index) is gone: for Vietnamese, whose words are syllables,
-- substring matches are mostly noise ("phu" inside "phuong"), and scanning the trigrams of a
-- multi-word query cost more than all the rest of the search.
DROP INDEX "search_articles_document_idx";
DROP INDEX "search_articles_title_trgm_idx";

-- The query a reader's text stands for: every word, unaccented and lower-cased.
CREATE OR REPLACE FUNCTION "public"."ccn_search_query"(search_text text)
RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT plainto_tsquery('simple'::regconfig, public.ccn_unaccent(search_text)) $$;

-- The same words, each required in the title (weight A): `'cong' & 'nghiep'` → `'cong':A & 'nghiep':A`.
-- plainto_tsquery's output is AND-ed quoted lexemes without spaces, so a quote followed by " &"
-- or the end is always the end of a lexeme.
CREATE OR REPLACE FUNCTION "public"."ccn_search_title_query"(search_text text)
RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT regexp_replace(public.ccn_search_query(search_text)::text, '''(?= &|$)', ''':A', 'g')::tsquery $$;

-- The newest public articles (published_at <= not_after) matching every word of search_text, at
-- most max_results, newest first, each with whether all the words are in its title and its
-- ts_rank, at a bounded cost whatever the words:
-- * The public articles are walked newest first, in chunks, along an index: this stops as soon
--   as max_results match (a few hundred rows for a word found in most articles).
-- * When the rate of matches seen so far says the walk would pass `walk_limit` rows, the GIN
--   index finds the older matches instead: there are then few of them, each one costing a visit
--   of its own table page (~10 times a walked row).
-- * Words found in a large share of the first rows walked are left out of that GIN lookup,
--   where their long posting lists cost more than they filter; they are checked on the rows it
--   returns.
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
      WHERE s.status IN ('PUBLISHED', 'SCHEDULED') AND s.deleted_at IS NULL AND s.published_at <= not_after
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
           WHERE s.status IN ('PUBLISHED', 'SCHEDULED') AND s.deleted_at IS NULL AND s.published_at <= not_after
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
        AND s.status IN ('PUBLISHED', 'SCHEDULED') AND s.deleted_at IS NULL AND s.published_at <= not_after
        AND (s.published_at, s.article_id) < (last_date, last_id)
      OFFSET 0 -- every match first (a bitmap of the GIN index), then the newest: never a date walk
    ) m
    ORDER BY m.published_at DESC, m.article_id DESC
    LIMIT max_results - cardinality(ids)
  ) n; -- ranked after the LIMIT: only the rows returned
END
$$;

-- One page of a search: the first `max_results` candidates (newest first) ranked — title
-- matches first, then ts_rank over title and summary, then the newest — and `page_size` of
-- them from `page_offset`, each row carrying its position and the candidate count (max_results
-- + 1 candidates are fetched, so `total` > max_results means "more than"). An empty page is one
-- row with a NULL article_id, so that the count always comes back.
CREATE OR REPLACE FUNCTION "public"."ccn_search_page"(search_text text, not_after timestamptz, max_results integer, page_size integer, page_offset integer)
RETURNS TABLE (total integer, "position" integer, article_id uuid, title_match boolean)
LANGUAGE plpgsql STABLE
AS $$
#variable_conflict use_column
DECLARE
  candidates record;
BEGIN
  SELECT array_agg(c.article_id) AS ids, array_agg(c.published_at) AS dates, array_agg(c.title_match) AS titles,
         array_agg(c.rank) AS ranks, count(*)::integer AS size
  INTO candidates
  FROM public.ccn_search_candidates(search_text, not_after, max_results + 1) c; -- newest first
  RETURN QUERY
  SELECT candidates.size, (row_number() OVER (ORDER BY r.title_match DESC, r.rank DESC, r.published_at DESC, r.article_id DESC))::integer,
         r.article_id, r.title_match
  FROM unnest(candidates.ids[1:max_results], candidates.dates[1:max_results], candidates.titles[1:max_results], candidates.ranks[1:max_results])
    AS r(article_id, published_at, title_match, rank)
  ORDER BY r.title_match DESC, r.rank DESC, r.published_at DESC, r.article_id DESC
  LIMIT page_size OFFSET page_offset;
  IF NOT FOUND THEN
    RETURN QUERY SELECT candidates.size, 0, NULL::uuid, false;
  END IF;
END
$$;

ANALYZE "article_search";
