-- CreateEnum
CREATE TYPE "LegalDocumentType" AS ENUM ('LUAT', 'NGHI_DINH', 'NGHI_QUYET', 'THONG_TU', 'QUYET_DINH', 'CHI_THI', 'KE_HOACH', 'CONG_VAN', 'THONG_BAO', 'KHAC');

-- CreateEnum
CREATE TYPE "ClusterStatus" AS ENUM ('PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING');

-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('STRATEGY', 'PLAN', 'PROGRAMME', 'PROJECT');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PREPARING', 'IN_PROGRESS', 'COMPLETED');

-- AlterTable
ALTER TABLE "pages" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'vi',
ADD COLUMN     "translation_key" TEXT;

-- CreateTable
CREATE TABLE "legal_documents" (
    "id" UUID NOT NULL,
    "document_type" "LegalDocumentType" NOT NULL,
    "number" TEXT NOT NULL,
    "issuing_body" TEXT NOT NULL,
    "signer" TEXT NOT NULL DEFAULT '',
    "issued_on" DATE NOT NULL,
    "effective_on" DATE,
    "expires_on" DATE,
    "replaced_by_id" UUID,
    "summary" TEXT NOT NULL,
    "field" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "legal_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_document_attachments" (
    "document_id" UUID NOT NULL,
    "media_id" UUID NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "legal_document_attachments_pkey" PRIMARY KEY ("document_id","media_id")
);

-- CreateTable
CREATE TABLE "industrial_clusters" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "commune" TEXT NOT NULL DEFAULT '',
    "planned_area_ha" DOUBLE PRECISION NOT NULL,
    "leased_area_ha" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "status" "ClusterStatus" NOT NULL DEFAULT 'PLANNED',
    "power" TEXT NOT NULL DEFAULT '',
    "water" TEXT NOT NULL DEFAULT '',
    "wastewater" TEXT NOT NULL DEFAULT '',
    "roads" TEXT NOT NULL DEFAULT '',
    "industries" TEXT NOT NULL DEFAULT '',
    "developer" TEXT NOT NULL DEFAULT '',
    "contact" TEXT NOT NULL DEFAULT '',
    "land_price_min" INTEGER,
    "land_price_max" INTEGER,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "description" JSONB NOT NULL,
    "description_html" TEXT NOT NULL DEFAULT '',
    "description_text" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "industrial_clusters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_photos" (
    "cluster_id" UUID NOT NULL,
    "media_id" UUID NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "cluster_photos_pkey" PRIMARY KEY ("cluster_id","media_id")
);

-- CreateTable
CREATE TABLE "cluster_articles" (
    "cluster_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,

    CONSTRAINT "cluster_articles_pkey" PRIMARY KEY ("cluster_id","article_id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ProjectKind" NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'PREPARING',
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER,
    "budget_million_vnd" DOUBLE PRECISION,
    "summary" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_attachments" (
    "project_id" UUID NOT NULL,
    "media_id" UUID NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "project_attachments_pkey" PRIMARY KEY ("project_id","media_id")
);

-- CreateTable
CREATE TABLE "officials" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "officials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_messages" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "ip" TEXT,
    "handled_at" TIMESTAMPTZ(3),
    "handled_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pages_locale_translation_key_idx" ON "pages"("locale", "translation_key");

-- CreateIndex
CREATE UNIQUE INDEX "legal_documents_number_key" ON "legal_documents"("number");

-- CreateIndex
CREATE INDEX "legal_documents_published_issued_on_idx" ON "legal_documents"("published", "issued_on" DESC);

-- CreateIndex
CREATE INDEX "legal_documents_replaced_by_id_idx" ON "legal_documents"("replaced_by_id");

-- CreateIndex
CREATE INDEX "legal_document_attachments_media_id_idx" ON "legal_document_attachments"("media_id");

-- CreateIndex
CREATE UNIQUE INDEX "industrial_clusters_slug_key" ON "industrial_clusters"("slug");

-- CreateIndex
CREATE INDEX "industrial_clusters_published_name_idx" ON "industrial_clusters"("published", "name");

-- CreateIndex
CREATE INDEX "cluster_photos_media_id_idx" ON "cluster_photos"("media_id");

-- CreateIndex
CREATE INDEX "cluster_articles_article_id_idx" ON "cluster_articles"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "projects_slug_key" ON "projects"("slug");

-- CreateIndex
CREATE INDEX "projects_published_start_year_idx" ON "projects"("published", "start_year" DESC);

-- CreateIndex
CREATE INDEX "project_attachments_media_id_idx" ON "project_attachments"("media_id");

-- CreateIndex
CREATE INDEX "officials_published_sort_order_idx" ON "officials"("published", "sort_order");

-- CreateIndex
CREATE INDEX "contact_messages_created_at_idx" ON "contact_messages"("created_at" DESC);

-- CreateIndex
CREATE INDEX "contact_messages_ip_created_at_idx" ON "contact_messages"("ip", "created_at" DESC);

-- CreateIndex
CREATE INDEX "contact_messages_handled_by_id_idx" ON "contact_messages"("handled_by_id");

-- AddForeignKey
ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_replaced_by_id_fkey" FOREIGN KEY ("replaced_by_id") REFERENCES "legal_documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_document_attachments" ADD CONSTRAINT "legal_document_attachments_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "legal_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_document_attachments" ADD CONSTRAINT "legal_document_attachments_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_photos" ADD CONSTRAINT "cluster_photos_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "industrial_clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_photos" ADD CONSTRAINT "cluster_photos_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_articles" ADD CONSTRAINT "cluster_articles_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "industrial_clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_articles" ADD CONSTRAINT "cluster_articles_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_attachments" ADD CONSTRAINT "project_attachments_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_attachments" ADD CONSTRAINT "project_attachments_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_handled_by_id_fkey" FOREIGN KEY ("handled_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Search over legal documents, insensitive to case and diacritics (ccn_unaccent from the search
-- migration): full text over number and summary, substrings of the number (`42/2022` finds
-- `42/2022/NĐ-CP`) and of the summary through trigram indexes.
CREATE INDEX "search_legal_documents_document_idx" ON "legal_documents"
  USING GIN (to_tsvector('simple'::regconfig, public.ccn_unaccent("number" || ' ' || "summary")));

CREATE INDEX "search_legal_documents_number_trgm_idx" ON "legal_documents"
  USING GIN ("public"."ccn_unaccent"("number") gin_trgm_ops);

CREATE INDEX "search_legal_documents_summary_trgm_idx" ON "legal_documents"
  USING GIN ("public"."ccn_unaccent"("summary") gin_trgm_ops);
