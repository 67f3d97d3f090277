-- CreateTable
CREATE TABLE "category_slug_history" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "category_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "category_slug_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "category_slug_history_slug_key" ON "category_slug_history"("slug");

-- CreateIndex
CREATE INDEX "category_slug_history_category_id_idx" ON "category_slug_history"("category_id");

-- AddForeignKey
ALTER TABLE "category_slug_history" ADD CONSTRAINT "category_slug_history_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;
