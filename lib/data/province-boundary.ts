import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { ILLUSTRATIVE_BOUNDARY, type ProvinceBoundary, type Ring } from '@/lib/decree/province-map';
import { cacheTags } from './cache-tags';

export const PROVINCE_BOUNDARY_KEY = 'map.province_boundary';

interface StoredBoundary {
  rings: Ring[];
  source: string;
  uploadedAt: string;
}

function isStoredBoundary(value: unknown): value is StoredBoundary {
  if (!value || typeof value !== 'object') return false;
  const { rings, source, uploadedAt } = value as Partial<StoredBoundary>;
  return (
    Array.isArray(rings) &&
    rings.length > 0 &&
    rings.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every((point) => Array.isArray(point) && point.length === 2)) &&
    typeof source === 'string' &&
    typeof uploadedAt === 'string'
  );
}

/** The province outline for the cluster map: the admin's upload, or the seeded illustrative one. */
export async function provinceBoundary(): Promise<ProvinceBoundary> {
  'use cache';
  cacheTag(cacheTags.provinceBoundary);
  const row = await prisma.siteSetting.findUnique({ where: { key: PROVINCE_BOUNDARY_KEY }, select: { value: true } });
  if (!row) return ILLUSTRATIVE_BOUNDARY;
  try {
    const stored: unknown = JSON.parse(row.value);
    // A setting written by hand and broken keeps the map drawable with the illustrative outline.
    return isStoredBoundary(stored)
      ? { rings: stored.rings, illustrative: false, source: stored.source, uploadedAt: stored.uploadedAt }
      : ILLUSTRATIVE_BOUNDARY;
  } catch {
    return ILLUSTRATIVE_BOUNDARY;
  }
}
