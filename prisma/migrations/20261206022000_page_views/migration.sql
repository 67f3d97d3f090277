-- Issue 16: page views (raw rows with a retention period) and daily aggregates kept for ever.

-- CreateTable
CREATE TABLE "page_views" (
    "id" UUID NOT NULL,
    "path" TEXT NOT NULL,
    "referrer_host" TEXT NOT NULL DEFAULT '',
    "device" TEXT NOT NULL,
    "visitor" TEXT NOT NULL,
    "viewed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "page_views_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "page_view_daily" (
    "day" DATE NOT NULL,
    "path" TEXT NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "page_view_daily_pkey" PRIMARY KEY ("day","path")
);

-- CreateTable
CREATE TABLE "page_view_daily_dimensions" (
    "day" DATE NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "page_view_daily_dimensions_pkey" PRIMARY KEY ("day","dimension","value")
);

-- CreateIndex
CREATE INDEX "page_views_viewed_at_idx" ON "page_views"("viewed_at");

-- CreateIndex
CREATE INDEX "page_view_daily_path_idx" ON "page_view_daily"("path");
