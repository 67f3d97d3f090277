import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { parseVariants } from './media-dto';

export interface ServableMedia {
  key: string;
  mimeType: string;
  createdAt: Date;
  /** The uploader's (sanitized) file name, offered when the file is downloaded. */
  originalName: string;
}

const VARIANT_TYPES: Record<string, string> = {
  webp: 'image/webp',
  avif: 'image/avif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/**
 * The stored file behind a public /media/<key> URL: a Media row's own storage key or one of its
 * generated variants. The content type always comes from the database, never from the name.
 */
export async function servableMediaByKey(key: string): Promise<ServableMedia | null> {
  'use cache';
  cacheTag(cacheTags.media);
  const original = await prisma.media.findUnique({ where: { storageKey: key }, select: { mimeType: true, createdAt: true, originalName: true } });
  if (original) return { key, mimeType: original.mimeType, createdAt: original.createdAt, originalName: original.originalName };
  const owner = await prisma.media.findFirst({
    where: { variants: { array_contains: [{ key }] } },
    select: { variants: true, createdAt: true, originalName: true },
  });
  const variant = owner ? parseVariants(owner.variants).find((entry) => entry.key === key) : undefined;
  if (!owner || !variant) return null;
  const mimeType = VARIANT_TYPES[variant.format.toLowerCase()];
  return mimeType ? { key, mimeType, createdAt: owner.createdAt, originalName: owner.originalName } : null;
}
