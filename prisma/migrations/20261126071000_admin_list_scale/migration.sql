-- The admin article list at 100,000 articles (issue 7): one index per sort order it offers, with
-- the id tie-breaker, so that every page (and its count, bounded to the rows past the page, see
-- COUNT_WINDOW in lib/data/staff/articles.ts) is a walk along an index that stops early.

-- "Newest change first" and "oldest change first" (the same index read backwards).
DROP INDEX "articles_updated_at_idx";
CREATE INDEX "articles_updated_at_id_idx" ON "articles"("updated_at" DESC, "id" DESC);

-- The same order within one status (the status filter); rare statuses no longer walk the whole list.
CREATE INDEX "articles_status_updated_at_id_idx" ON "articles"("status", "updated_at" DESC, "id" DESC);

-- "Title A-Z".
CREATE INDEX "articles_title_id_idx" ON "articles"("title", "id");

-- "Newest publication first", drafts (no date) last: NULLS LAST, which Prisma can't declare.
CREATE INDEX "search_articles_admin_published_idx" ON "articles"("published_at" DESC NULLS LAST, "id" DESC);
