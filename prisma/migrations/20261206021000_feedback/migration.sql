-- Issue 16: "Thông tin này có hữu ích không?" votes, and the daily salts of visitor hashes.

-- CreateEnum
CREATE TYPE "FeedbackTargetKind" AS ENUM ('ARTICLE', 'PAGE', 'PROCEDURE', 'QUESTION');

-- CreateTable
CREATE TABLE "feedback_votes" (
    "id" UUID NOT NULL,
    "target_kind" "FeedbackTargetKind" NOT NULL,
    "target_id" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "visitor" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visitor_salts" (
    "day" DATE NOT NULL,
    "salt" TEXT NOT NULL,

    CONSTRAINT "visitor_salts_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "feedback_votes_target_kind_target_id_visitor_day_key" ON "feedback_votes"("target_kind", "target_id", "visitor", "day");

-- CreateIndex
CREATE INDEX "feedback_votes_target_kind_target_id_idx" ON "feedback_votes"("target_kind", "target_id");

-- CreateIndex
CREATE INDEX "feedback_votes_network_created_at_idx" ON "feedback_votes"("network", "created_at");

-- CreateIndex
CREATE INDEX "feedback_votes_visitor_day_idx" ON "feedback_votes"("visitor", "day");

-- CreateIndex
CREATE INDEX "feedback_votes_created_at_idx" ON "feedback_votes"("created_at");
