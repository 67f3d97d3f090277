-- Issue 15: public disclosure (Luật Tiếp cận thông tin 2016 Điều 19 k1).

-- CreateEnum
CREATE TYPE "DisclosureKind" AS ENUM ('PROCUREMENT', 'PUBLIC_INVESTMENT', 'BUDGET', 'STATISTICS');

-- CreateEnum
CREATE TYPE "ProcurementStatus" AS ENUM ('OPEN', 'EVALUATING', 'AWARDED', 'CANCELLED');

-- CreateTable
CREATE TABLE "disclosure_items" (
    "id" UUID NOT NULL,
    "kind" "DisclosureKind" NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "published_on" DATE NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "report_kind" TEXT NOT NULL DEFAULT '',
    "owner" TEXT NOT NULL DEFAULT '',
    "estimated_value_million_vnd" DOUBLE PRECISION,
    "method" TEXT NOT NULL DEFAULT '',
    "selection_time" TEXT NOT NULL DEFAULT '',
    "procurement_status" "ProcurementStatus",
    "result" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "disclosure_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disclosure_attachments" (
    "item_id" UUID NOT NULL,
    "media_id" UUID NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "disclosure_attachments_pkey" PRIMARY KEY ("item_id","media_id")
);

-- CreateTable
CREATE TABLE "disclosure_catalog_entries" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "disclosure_catalog_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "disclosure_items_slug_key" ON "disclosure_items"("slug");

-- CreateIndex
CREATE INDEX "disclosure_items_published_kind_year_idx" ON "disclosure_items"("published", "kind", "year" DESC);

-- CreateIndex
CREATE INDEX "disclosure_attachments_media_id_idx" ON "disclosure_attachments"("media_id");

-- CreateIndex
CREATE INDEX "disclosure_catalog_entries_published_sort_order_idx" ON "disclosure_catalog_entries"("published", "sort_order");

-- AddForeignKey
ALTER TABLE "disclosure_attachments" ADD CONSTRAINT "disclosure_attachments_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "disclosure_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disclosure_attachments" ADD CONSTRAINT "disclosure_attachments_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
