-- Issue 18: featured articles, notices, home blocks, menus, SEO fields.

-- CreateEnum
CREATE TYPE "MenuLocation" AS ENUM ('HEADER', 'FOOTER');

-- CreateEnum
CREATE TYPE "MenuItemKind" AS ENUM ('PAGE', 'CATEGORY', 'SECTION', 'URL');

-- CreateTable
CREATE TABLE "featured_articles" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "ends_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "featured_articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "site_notices" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "site_notices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "home_blocks" (
    "id" UUID NOT NULL,
    "category_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "item_count" INTEGER NOT NULL DEFAULT 4,

    CONSTRAINT "home_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "menu_items" (
    "id" UUID NOT NULL,
    "menu" "MenuLocation" NOT NULL,
    "parent_id" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "label" TEXT NOT NULL,
    "kind" "MenuItemKind" NOT NULL,
    "page_id" UUID,
    "category_id" UUID,
    "target" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "menu_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_seo" (
    "article_id" UUID NOT NULL,
    "meta_title" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "image_media_id" UUID,
    "noindex" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "article_seo_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "page_seo" (
    "page_id" UUID NOT NULL,
    "meta_title" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "image_media_id" UUID,
    "noindex" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "page_seo_pkey" PRIMARY KEY ("page_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "featured_articles_article_id_key" ON "featured_articles"("article_id");

-- CreateIndex
CREATE INDEX "featured_articles_position_idx" ON "featured_articles"("position");

-- CreateIndex
CREATE INDEX "site_notices_starts_at_idx" ON "site_notices"("starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "home_blocks_category_id_key" ON "home_blocks"("category_id");

-- CreateIndex
CREATE INDEX "home_blocks_position_idx" ON "home_blocks"("position");

-- CreateIndex
CREATE INDEX "menu_items_menu_parent_id_position_idx" ON "menu_items"("menu", "parent_id", "position");

-- CreateIndex
CREATE INDEX "menu_items_parent_id_idx" ON "menu_items"("parent_id");

-- CreateIndex
CREATE INDEX "menu_items_page_id_idx" ON "menu_items"("page_id");

-- CreateIndex
CREATE INDEX "menu_items_category_id_idx" ON "menu_items"("category_id");

-- CreateIndex
CREATE INDEX "article_seo_image_media_id_idx" ON "article_seo"("image_media_id");

-- CreateIndex
CREATE INDEX "page_seo_image_media_id_idx" ON "page_seo"("image_media_id");

-- AddForeignKey
ALTER TABLE "featured_articles" ADD CONSTRAINT "featured_articles_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_blocks" ADD CONSTRAINT "home_blocks_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "menu_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "pages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_seo" ADD CONSTRAINT "article_seo_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_seo" ADD CONSTRAINT "article_seo_image_media_id_fkey" FOREIGN KEY ("image_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "page_seo" ADD CONSTRAINT "page_seo_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "pages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "page_seo" ADD CONSTRAINT "page_seo_image_media_id_fkey" FOREIGN KEY ("image_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
