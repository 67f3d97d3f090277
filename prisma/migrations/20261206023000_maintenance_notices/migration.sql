-- Issue 16: planned suspension notices (banner, then maintenance mode for readers).

-- CreateTable
CREATE TABLE "maintenance_notices" (
    "id" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "publish_at" TIMESTAMPTZ(3) NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "maintenance_notices_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "maintenance_notices_ends_at_idx" ON "maintenance_notices"("ends_at");
