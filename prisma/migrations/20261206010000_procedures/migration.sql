-- Issue 15: administrative procedures for investors (NĐ 224/2026/NĐ-CP Đ9 k1a).

-- CreateEnum
CREATE TYPE "ProcedureLevel" AS ENUM ('CENTRAL', 'PROVINCE', 'COMMUNE');

-- CreateTable
CREATE TABLE "administrative_procedures" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "code" TEXT NOT NULL DEFAULT '',
    "field" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "level" "ProcedureLevel" NOT NULL,
    "processing_time" TEXT NOT NULL DEFAULT '',
    "fees" TEXT NOT NULL DEFAULT '',
    "documents" TEXT NOT NULL DEFAULT '',
    "steps" TEXT NOT NULL DEFAULT '',
    "national_portal_url" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "administrative_procedures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure_legal_basis" (
    "procedure_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "procedure_legal_basis_pkey" PRIMARY KEY ("procedure_id","document_id")
);

-- CreateTable
CREATE TABLE "procedure_forms" (
    "procedure_id" UUID NOT NULL,
    "media_id" UUID NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "procedure_forms_pkey" PRIMARY KEY ("procedure_id","media_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "administrative_procedures_slug_key" ON "administrative_procedures"("slug");

-- CreateIndex
CREATE INDEX "administrative_procedures_published_name_idx" ON "administrative_procedures"("published", "name");

-- CreateIndex
CREATE INDEX "procedure_legal_basis_document_id_idx" ON "procedure_legal_basis"("document_id");

-- CreateIndex
CREATE INDEX "procedure_forms_media_id_idx" ON "procedure_forms"("media_id");

-- AddForeignKey
ALTER TABLE "procedure_legal_basis" ADD CONSTRAINT "procedure_legal_basis_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "administrative_procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_legal_basis" ADD CONSTRAINT "procedure_legal_basis_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "legal_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_forms" ADD CONSTRAINT "procedure_forms_procedure_id_fkey" FOREIGN KEY ("procedure_id") REFERENCES "administrative_procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_forms" ADD CONSTRAINT "procedure_forms_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Diacritics-blind search over the procedure's name, field and agency (ccn_unaccent from the
-- search migration): full text plus substrings through a trigram index.
CREATE INDEX "search_administrative_procedures_document_idx" ON "administrative_procedures"
  USING GIN (to_tsvector('simple'::regconfig, public.ccn_unaccent("name" || ' ' || "field" || ' ' || "agency")));

CREATE INDEX "search_administrative_procedures_name_trgm_idx" ON "administrative_procedures"
  USING GIN ("public"."ccn_unaccent"("name") gin_trgm_ops);
