-- Issue 18 part 8: Thư viện ảnh (photo albums), their ordered images and renamed albums' old slugs.

-- CreateTable
CREATE TABLE "photo_albums" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "cover_media_id" UUID,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "photo_albums_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_album_images" (
    "id" UUID NOT NULL,
    "album_id" UUID NOT NULL,
    "media_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "caption" TEXT NOT NULL DEFAULT '',
    "credit" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "photo_album_images_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_album_slug_history" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "album_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_album_slug_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "photo_albums_slug_key" ON "photo_albums"("slug");

-- CreateIndex
CREATE INDEX "photo_albums_published_published_at_idx" ON "photo_albums"("published", "published_at" DESC);

-- CreateIndex
CREATE INDEX "photo_albums_cover_media_id_idx" ON "photo_albums"("cover_media_id");

-- CreateIndex
CREATE UNIQUE INDEX "photo_album_images_album_id_media_id_key" ON "photo_album_images"("album_id", "media_id");

-- CreateIndex
CREATE INDEX "photo_album_images_album_id_position_idx" ON "photo_album_images"("album_id", "position");

-- CreateIndex
CREATE INDEX "photo_album_images_media_id_idx" ON "photo_album_images"("media_id");

-- CreateIndex
CREATE UNIQUE INDEX "photo_album_slug_history_slug_key" ON "photo_album_slug_history"("slug");

-- CreateIndex
CREATE INDEX "photo_album_slug_history_album_id_idx" ON "photo_album_slug_history"("album_id");

-- AddForeignKey
ALTER TABLE "photo_albums" ADD CONSTRAINT "photo_albums_cover_media_id_fkey" FOREIGN KEY ("cover_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_album_images" ADD CONSTRAINT "photo_album_images_album_id_fkey" FOREIGN KEY ("album_id") REFERENCES "photo_albums"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_album_images" ADD CONSTRAINT "photo_album_images_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo_album_slug_history" ADD CONSTRAINT "photo_album_slug_history_album_id_fkey" FOREIGN KEY ("album_id") REFERENCES "photo_albums"("id") ON DELETE CASCADE ON UPDATE CASCADE;
