-- Issue 15: places after 01/07/2025 (xã, phường, đặc khu; no districts). Clusters, projects and
-- contacts point to a commune; a cluster's old district and commune stay as historical notes.

-- CreateEnum
CREATE TYPE "CommuneKind" AS ENUM ('XA', 'PHUONG', 'DAC_KHU');

-- CreateTable
CREATE TABLE "communes" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommuneKind" NOT NULL,
    "former_district" TEXT NOT NULL DEFAULT '',
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "communes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "communes_name_key" ON "communes"("name");

-- AlterTable
ALTER TABLE "industrial_clusters" ALTER COLUMN "district" SET DEFAULT '',
ADD COLUMN     "commune_id" UUID;

-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "commune_id" UUID;

-- AlterTable
ALTER TABLE "officials" ADD COLUMN     "commune_id" UUID;

-- CreateIndex
CREATE INDEX "industrial_clusters_commune_id_idx" ON "industrial_clusters"("commune_id");

-- CreateIndex
CREATE INDEX "projects_commune_id_idx" ON "projects"("commune_id");

-- CreateIndex
CREATE INDEX "officials_commune_id_idx" ON "officials"("commune_id");

-- AddForeignKey
ALTER TABLE "industrial_clusters" ADD CONSTRAINT "industrial_clusters_commune_id_fkey" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_commune_id_fkey" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "officials" ADD CONSTRAINT "officials_commune_id_fkey" FOREIGN KEY ("commune_id") REFERENCES "communes"("id") ON DELETE SET NULL ON UPDATE CASCADE;
