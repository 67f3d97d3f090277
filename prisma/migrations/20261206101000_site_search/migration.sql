-- Issue 15 part 6: one search over everything (/tim-kiem).
--
-- Articles keep their own search table and candidate walk (migration 20261126070000_search_scale:
-- 100,000 rows and more). Every other public type (legal documents, procedures, disclosure items,
-- clusters, projects, static pages, answered questions, videos) gets one row here, written by a
-- trigger on its table: the title, the public address, a short excerpt, the year it is filed under
-- (where one applies), the date it sorts by, whether it is public, and the same two word lists as
-- article_search (every word unaccented; title and lead with positions, for ranking). A search
-- reads only this table and article_search. Indexes Prisma can't express are named search_*.

-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('ARTICLE', 'LEGAL_DOCUMENT', 'PROCEDURE', 'DISCLOSURE', 'CLUSTER', 'PROJECT', 'PAGE', 'QUESTION', 'VIDEO');

-- CreateTable
CREATE TABLE "site_search" (
    "kind" "SearchKind" NOT NULL,
    "ref_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "year" INTEGER,
    "sort_at" TIMESTAMPTZ(3) NOT NULL,
    "published" BOOLEAN NOT NULL,
    "lexemes" tsvector NOT NULL,
    "rank_document" tsvector NOT NULL,

    CONSTRAINT "site_search_pkey" PRIMARY KEY ("kind","ref_id")
);
ALTER TABLE "site_search" ALTER COLUMN "lexemes" SET STORAGE MAIN;

CREATE INDEX "search_site_search_lexemes_idx" ON "site_search" USING GIN ("lexemes");
-- The newest public rows of a kind (and of a kind and year).
CREATE INDEX "search_site_search_public_idx" ON "site_search" ("kind", "sort_at" DESC) WHERE "published";

-- Writes (or removes, when `title` is NULL) one row: lead is ranked with the title, body only matched.
CREATE OR REPLACE FUNCTION "public"."ccn_site_search_put"(
  p_kind "SearchKind", p_ref uuid, p_title text, p_path text, p_year integer, p_sort_at timestamptz,
  p_published boolean, p_lead text, p_body text)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  document tsvector := public.ccn_article_search_vector(p_title, p_lead, p_body);
BEGIN
  INSERT INTO "site_search" (kind, ref_id, title, path, excerpt, year, sort_at, published, lexemes, rank_document)
  VALUES (p_kind, p_ref, p_title, p_path, left(concat_ws(' ', nullif(p_lead, ''), nullif(p_body, '')), 2000), p_year,
          coalesce(p_sort_at, now()), p_published, strip(document), ts_filter(document, '{a,b}'))
  ON CONFLICT (kind, ref_id) DO UPDATE
    SET title = EXCLUDED.title, path = EXCLUDED.path, excerpt = EXCLUDED.excerpt, year = EXCLUDED.year,
        sort_at = EXCLUDED.sort_at, published = EXCLUDED.published, lexemes = EXCLUDED.lexemes,
        rank_document = EXCLUDED.rank_document;
END
$$;

-- One trigger function per source table: what is searched, and where the reader goes.
CREATE OR REPLACE FUNCTION "public"."ccn_site_search_sync"()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_kind "SearchKind" := TG_ARGV[0]::"SearchKind";
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "site_search" s WHERE s.kind = v_kind AND s.ref_id = OLD.id;
    RETURN NULL;
  END IF;
  r := NEW;
  CASE v_kind
    WHEN 'LEGAL_DOCUMENT' THEN
      PERFORM public.ccn_site_search_put(v_kind, r.id, r.number || ': ' || r.summary, '/van-ban/' || r.id, extract(year FROM r.issued_on)::integer,
        r.issued_on::timestamptz, r.published, r.issuing_body || '. ' || r.field, r.signer);
    WHEN 'PROCEDURE' THEN
      PERFORM public.ccn_site_search_put(v_kind, r.id, r.name, '/thu-tuc-hanh-chinh/' || r.slug, NULL, r.updated_at, r.published,
        concat_ws('. ', nullif(r.field, ''), nullif(r.agency, ''), nullif(r.code, '')), concat_ws(' ', r.documents, r.steps, r.fees, r.processing_time));
    WHEN 'DISCLOSURE' THEN
      PERFORM public.ccn_site_search_put(v_kind, r.id, r.title, '/cong-khai/' || r.slug, r.year, r.published_on::timestamptz, r.published,
        r.summary, concat_ws(' ', r.report_kind, r.owner, r.method, r.result));
    WHEN 'CLUSTER' THEN
      PERFORM public.ccn_site_search_put(v_kind, r.id, r.name, '/cum-cong-nghiep/' || r.slug, NULL, r.updated_at, r.published,
        concat_ws('. ', (SELECT c.name FROM communes c WHERE c.id = r.commune_id), nullif(r.commune, ''), nullif(r.district, ''), nullif(r.industries, '')),
        concat_ws(' ', r.developer, r.description_text));
    WHEN 'PROJECT' THEN
      PERFORM public.ccn_site_search_put(v_kind, r.id, r.title, '/du-an/' || r.slug, r.start_year, r.updated_at, r.published, r.summary, '');
    WHEN 'PAGE' THEN
      PERFORM public.ccn_site_search_put(v_kind, r.id, r.title, CASE WHEN r.locale = 'en' THEN '/en/' || r.slug ELSE '/' || r.slug END, NULL,
        r.updated_at, r.published, '', r.body_text);
    WHEN 'QUESTION' THEN
      -- Never the asker's name or contact details: only what /hoi-dap/<slug> shows.
      PERFORM public.ccn_site_search_put(v_kind, r.id, coalesce(nullif(r.title, ''), r.topic), '/hoi-dap/' || coalesce(r.slug, r.id::text),
        extract(year FROM coalesce(r.answered_at, r.created_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::integer, coalesce(r.answered_at, r.created_at),
        r.published AND r.status = 'ANSWERED' AND r.slug IS NOT NULL, r.body, r.answer_text);
    WHEN 'VIDEO' THEN
      PERFORM public.ccn_site_search_put(v_kind, r.id, r.title, '/thu-vien-video/' || r.slug,
        extract(year FROM coalesce(r.published_at, r.created_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::integer, coalesce(r.published_at, r.created_at),
        r.published, r.description, '');
  END CASE;
  RETURN NULL;
END
$$;

CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "legal_documents" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_site_search_sync"('LEGAL_DOCUMENT');
CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "administrative_procedures" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_site_search_sync"('PROCEDURE');
CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "disclosure_items" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_site_search_sync"('DISCLOSURE');
CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "industrial_clusters" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_site_search_sync"('CLUSTER');
CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "projects" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_site_search_sync"('PROJECT');
CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "pages" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_site_search_sync"('PAGE');
CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "questions" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_site_search_sync"('QUESTION');
CREATE TRIGGER "site_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "videos" FOR EACH ROW EXECUTE FUNCTION "public"."ccn_site_search_sync"('VIDEO');

-- Existing rows: an update that changes nothing fires the triggers once per row.
UPDATE "legal_documents" SET id = id;
UPDATE "administrative_procedures" SET id = id;
UPDATE "disclosure_items" SET id = id;
UPDATE "industrial_clusters" SET id = id;
UPDATE "projects" SET id = id;
UPDATE "pages" SET id = id;
UPDATE "questions" SET id = id;
UPDATE "videos" SET id = id;

ANALYZE "site_search";
