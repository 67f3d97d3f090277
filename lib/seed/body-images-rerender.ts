import type { PrismaClient } from '../database/client.ts';
import { bodyImageMediaWhere, bodyImagesFromMedia, libraryImageSources } from '../content/body-images.ts';
import { renderContent } from '../content/render.ts';

// Stored HTML is rendered when a body is saved. Rows saved before library images became
// <picture> (or written by an import) are brought up to date here, once per renderer version:
// run by `npm start` / `npm run dev` before the server starts (scripts/lib/prepare.ts). Only the
// HTML column changes: body, version and updated_at stay as they are.

export const BODY_IMAGES_MARKER = 'system.body_images_rendered';
/**
 * Bump when the markup of library images changes: every start re-renders stale rows once.
 * 2: links to site paths ("/van-ban") keep their address (they were rendered as <a> without href).
 */
export const BODY_IMAGES_RENDER_VERSION = '2';

// Fixed identifiers (never input): the tables whose rich text holds library images.
const TARGETS = [
  { table: 'articles', json: 'body', html: 'body_html' },
  { table: 'pages', json: 'body', html: 'body_html' },
  { table: 'industrial_clusters', json: 'description', html: 'description_html' },
] as const;

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

export interface RerenderReport {
  /** Rows with a library image that were looked at. */
  checked: number;
  /** Rows whose stored HTML changed. */
  updated: number;
  /** Rows whose JSON no longer validates (left untouched). */
  invalid: number;
}

interface CandidateRow {
  id: string;
  json: unknown;
  html: string;
}

/** Re-renders every body that contains a `/media/` image; one media query per batch. */
export async function rerenderBodyImages(prisma: PrismaClient, batchSize = 200): Promise<RerenderReport> {
  const report: RerenderReport = { checked: 0, updated: 0, invalid: 0 };
  for (const target of TARGETS) {
    let cursor = ZERO_UUID;
    for (;;) {
      const rows = await prisma.$queryRawUnsafe<CandidateRow[]>(
        `SELECT id::text AS id, ${target.json} AS json, ${target.html} AS html FROM ${target.table}
          WHERE id > $1::uuid AND ${target.json}::text LIKE '%"/media/%' ORDER BY id LIMIT $2`,
        cursor,
        batchSize,
      );
      if (rows.length === 0) break;
      cursor = rows.at(-1)!.id;
      const sources = libraryImageSources(...rows.map((row) => row.json));
      const media = sources.length
        ? await prisma.media.findMany({ where: bodyImageMediaWhere(sources), select: { storageKey: true, width: true, height: true, variants: true } })
        : [];
      const images = bodyImagesFromMedia(sources, media);
      for (const row of rows) {
        report.checked += 1;
        let html: string;
        try {
          html = renderContent(row.json, { images }).html;
        } catch {
          report.invalid += 1;
          continue;
        }
        if (html === row.html) continue;
        // Written only if nobody saved the row meanwhile (a save renders it itself).
        report.updated += await prisma.$executeRawUnsafe(
          `UPDATE ${target.table} SET ${target.html} = $1 WHERE id = $2::uuid AND ${target.json} = $3::jsonb`,
          html,
          row.id,
          JSON.stringify(row.json),
        );
      }
      if (rows.length < batchSize) break;
    }
  }
  return report;
}

/** Runs rerenderBodyImages unless this renderer version already did; null when it was skipped. */
export async function rerenderBodyImagesOnce(prisma: PrismaClient): Promise<RerenderReport | null> {
  const marker = await prisma.siteSetting.findUnique({ where: { key: BODY_IMAGES_MARKER }, select: { value: true } });
  if (marker?.value === BODY_IMAGES_RENDER_VERSION) return null;
  const report = await rerenderBodyImages(prisma);
  await prisma.siteSetting.upsert({
    where: { key: BODY_IMAGES_MARKER },
    create: { key: BODY_IMAGES_MARKER, value: BODY_IMAGES_RENDER_VERSION },
    update: { value: BODY_IMAGES_RENDER_VERSION },
  });
  return report;
}
