-- Issue 18 (newsroom): pending changes on published articles and pages, "hide after" dates,
-- review notes, and revisions of static pages.

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "pending_content" JSONB,
ADD COLUMN     "pending_at" TIMESTAMPTZ(3),
ADD COLUMN     "unpublish_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "pages" ADD COLUMN     "pending_content" JSONB,
ADD COLUMN     "pending_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "article_review_notes" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "editor_id" UUID,
    "note" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_review_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "page_revisions" (
    "id" UUID NOT NULL,
    "page_id" UUID NOT NULL,
    "editor_id" UUID,
    "kind" "RevisionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "version" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "page_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_review_notes_article_id_created_at_idx" ON "article_review_notes"("article_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "page_revisions_page_id_created_at_idx" ON "page_revisions"("page_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "article_review_notes" ADD CONSTRAINT "article_review_notes_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_review_notes" ADD CONSTRAINT "article_review_notes_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "page_revisions" ADD CONSTRAINT "page_revisions_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "pages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "page_revisions" ADD CONSTRAINT "page_revisions_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
