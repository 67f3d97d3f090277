-- The admin article list filters with ILIKE '%text%' on the title, the diacritic-free title and
-- the slug (lib/data/staff/articles.ts). Without these, a filtered list over 100,000 articles
-- reads the whole table; with them PostgreSQL ORs three trigram bitmap index scans.
-- (Expression/GIN indexes Prisma can't express: names start with search_, see the drift test.)
CREATE INDEX "search_articles_admin_title_trgm_idx" ON "articles" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "search_articles_admin_ascii_title_trgm_idx" ON "articles" USING GIN ("ascii_title" gin_trgm_ops);
CREATE INDEX "search_articles_admin_slug_trgm_idx" ON "articles" USING GIN ("slug" gin_trgm_ops);
