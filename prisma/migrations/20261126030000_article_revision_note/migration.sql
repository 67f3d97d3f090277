-- AlterTable
ALTER TABLE "article_revisions" ADD COLUMN     "note" TEXT NOT NULL DEFAULT '';
