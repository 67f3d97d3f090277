-- Public search over published articles, insensitive to case and Vietnamese diacritics.
-- Hand-written: Prisma cannot express extensions, functions or expression indexes, so these
-- objects live only here (index names start with `search_`, which the drift test ignores).

CREATE EXTENSION IF NOT EXISTS "unaccent" WITH SCHEMA "public";
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";

-- unaccent() is only STABLE (it depends on the search path); with the dictionary named
-- explicitly it is safe to declare IMMUTABLE, which index expressions require. đ/Đ are mapped
-- too, whatever the installed rules file says, and the result is lower-cased.
CREATE OR REPLACE FUNCTION "public"."ccn_unaccent"(value text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(translate(public.unaccent('public.unaccent'::regdictionary, value), 'đĐ', 'dD')) $$;

-- The searchable document of an article: title weighted A, summary B, body C.
CREATE OR REPLACE FUNCTION "public"."ccn_article_search_vector"(title text, summary text, body_text text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('simple'::regconfig, public.ccn_unaccent(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('simple'::regconfig, public.ccn_unaccent(coalesce(summary, ''))), 'B')
      || setweight(to_tsvector('simple'::regconfig, public.ccn_unaccent(coalesce(body_text, ''))), 'C')
$$;

-- Full-text matches (every word of the query, in any field).
CREATE INDEX "search_articles_document_idx" ON "articles"
  USING GIN ("public"."ccn_article_search_vector"("title", "summary", "body_text"));

-- Substring matches in titles (partial words, e.g. "cong nghie").
CREATE INDEX "search_articles_title_trgm_idx" ON "articles"
  USING GIN ("public"."ccn_unaccent"("title") gin_trgm_ops);
