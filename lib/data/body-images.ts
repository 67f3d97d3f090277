import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { bodyImageMediaWhere, bodyImagesFromMedia, libraryImageSources, type BodyImages } from '@/lib/content/body-images';
import { renderContent, type RenderedContent } from '@/lib/content/render';

// Every place that turns a body into HTML (saves, restores, previews) goes through renderBody, so
// the library images in it come out as <picture> with their variants and reserved size.

type MediaReader = Pick<Prisma.TransactionClient, 'media'>;

/** The library variants of every `/media/` image in the given bodies: one query, none without images. */
export async function bodyImagesFor(bodies: readonly unknown[], db: MediaReader = prisma): Promise<BodyImages> {
  const sources = libraryImageSources(...bodies);
  if (sources.length === 0) return new Map();
  const rows = await db.media.findMany({
    where: bodyImageMediaWhere(sources),
    select: { storageKey: true, width: true, height: true, variants: true },
  });
  return bodyImagesFromMedia(sources, rows);
}

/** renderContent with the body's library images resolved (throws InvalidContentError like it). */
export async function renderBody(json: unknown, db: MediaReader = prisma): Promise<RenderedContent> {
  return renderContent(json, { images: await bodyImagesFor([json], db) });
}
