-- Issue 15 part 5 (NĐ 224/2026/NĐ-CP Đ9 k1b): leaders' profiles on the existing officials, and
-- the organisation chart (a tree of units).

-- AlterTable
ALTER TABLE "officials" ADD COLUMN     "leader" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "duties" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "bio" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "photo_id" UUID;

-- CreateTable
CREATE TABLE "organization_units" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "parent_id" UUID,
    "duties" TEXT NOT NULL DEFAULT '',
    "head" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_units_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "officials_photo_id_idx" ON "officials"("photo_id");

-- CreateIndex
CREATE INDEX "organization_units_parent_id_idx" ON "organization_units"("parent_id");

-- AddForeignKey
ALTER TABLE "officials" ADD CONSTRAINT "officials_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_units" ADD CONSTRAINT "organization_units_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organization_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
