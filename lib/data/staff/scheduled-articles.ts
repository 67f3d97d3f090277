import 'server-only';
import { prisma } from '@/lib/db';

/**
 * Flips scheduled articles whose time has come to PUBLISHED. One atomic statement, so several
 * instances running it at once each get a disjoint set of ids (or none) and it is idempotent.
 */
export async function publishDueArticles(): Promise<{ id: string; categoryId: string | null }[]> {
  return prisma.$queryRaw<{ id: string; categoryId: string | null }[]>`
    UPDATE "articles" SET "status" = 'PUBLISHED', "updated_at" = now()
    WHERE "status" = 'SCHEDULED' AND "published_at" <= now() AND "deleted_at" IS NULL
    RETURNING "id"::text AS "id", "category_id"::text AS "categoryId"`;
}
