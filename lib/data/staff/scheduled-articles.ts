import 'server-only';
import { prisma } from '@/lib/db';
import { articleCacheTags } from './article-cache-tags';

/**
 * Flips scheduled articles whose time has come to PUBLISHED. One atomic statement, so several
 * instances running it at once each get a disjoint set of ids (or none), and running it again
 * changes nothing. Returns the flipped ids and the public cache tags to invalidate.
 */
export async function publishDueArticles(): Promise<{ ids: string[]; tags: string[] }> {
  const rows = await prisma.$queryRaw<{ id: string; slug: string; categoryId: string | null }[]>`
    UPDATE "articles" SET "status" = 'PUBLISHED', "updated_at" = now()
    WHERE "status" = 'SCHEDULED' AND "published_at" <= now() AND "deleted_at" IS NULL
    RETURNING "id"::text AS "id", "slug", "category_id"::text AS "categoryId"`;
  return { ids: rows.map((row) => row.id), tags: await articleCacheTags(rows) };
}
