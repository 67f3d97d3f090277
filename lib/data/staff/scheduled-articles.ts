import 'server-only';
import { prisma } from '@/lib/db';
import { articleCacheTags } from './article-cache-tags';
import { recordAudit } from './audit';

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

/**
 * "Ẩn sau" (issue 18): published articles whose hide-after time has come go to ARCHIVED (out of
 * the portal, out of the drafts), in one atomic statement like publishDueArticles, on the same
 * scheduler tick. The version is bumped so an editor holding the old one gets a conflict; each
 * article taken down is audited as done by the system.
 */
export async function hideExpiredArticles(): Promise<{ ids: string[]; tags: string[] }> {
  const rows = await prisma.$queryRaw<{ id: string; slug: string; categoryId: string | null; hideAt: Date }[]>`
    WITH due AS (
      SELECT "id", "unpublish_at" FROM "articles"
      WHERE "status" = 'PUBLISHED' AND "unpublish_at" <= now() AND "deleted_at" IS NULL
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "articles" AS a SET "status" = 'ARCHIVED', "unpublish_at" = NULL, "version" = a."version" + 1, "updated_at" = now()
    FROM due WHERE a."id" = due."id"
    RETURNING a."id"::text AS "id", a."slug", a."category_id"::text AS "categoryId", due."unpublish_at" AS "hideAt"`;
  for (const row of rows) {
    await recordAudit({
      actor: null,
      action: 'article.autoHide',
      entityType: 'Article',
      entityId: row.id,
      summary: { hideAt: row.hideAt.toISOString() },
      ip: null,
    });
  }
  return { ids: rows.map((row) => row.id), tags: await articleCacheTags(rows) };
}
