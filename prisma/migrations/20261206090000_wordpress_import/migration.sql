-- Issue 18, part 10: WordPress imports (runs and what they created) and redirects.

-- CreateTable
CREATE TABLE "import_runs" (
    "id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "site_url" TEXT NOT NULL DEFAULT '',
    "actor_id" UUID,
    "actor_email" TEXT,
    "report" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "imported_items" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "source_key" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "imported_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "redirects" (
    "id" UUID NOT NULL,
    "from_path" TEXT NOT NULL,
    "to_path" TEXT NOT NULL,
    "run_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "redirects_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_runs_created_at_idx" ON "import_runs"("created_at" DESC);

-- CreateIndex
CREATE INDEX "imported_items_run_id_idx" ON "imported_items"("run_id");

-- CreateIndex
CREATE UNIQUE INDEX "imported_items_kind_source_key_key" ON "imported_items"("kind", "source_key");

-- CreateIndex
CREATE UNIQUE INDEX "redirects_from_path_key" ON "redirects"("from_path");

-- CreateIndex
CREATE INDEX "redirects_run_id_idx" ON "redirects"("run_id");

-- AddForeignKey
ALTER TABLE "imported_items" ADD CONSTRAINT "imported_items_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "import_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "redirects" ADD CONSTRAINT "redirects_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "import_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
