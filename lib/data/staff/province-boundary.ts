import 'server-only';
import type { SessionUser } from '@/lib/auth/session-user';
import { prisma } from '@/lib/db';
import type { Ring } from '@/lib/decree/province-map';
import { PROVINCE_BOUNDARY_KEY } from '../province-boundary';
import { recordAudit } from './audit';

/** Stores an uploaded boundary (already parsed and simplified) in place of the current one. */
export async function saveProvinceBoundary(rings: Ring[], source: string, originalPoints: number, actor: SessionUser): Promise<void> {
  const value = JSON.stringify({ rings, source, uploadedAt: new Date().toISOString() });
  const points = rings.reduce((sum, ring) => sum + ring.length, 0);
  await prisma.$transaction(async (tx) => {
    await tx.siteSetting.upsert({ where: { key: PROVINCE_BOUNDARY_KEY }, create: { key: PROVINCE_BOUNDARY_KEY, value }, update: { value } });
    await recordAudit(
      { actor, action: 'map.boundaryUpload', entityType: 'SiteSetting', entityId: null, summary: { source, rings: rings.length, points, originalPoints } },
      tx,
    );
  });
}

/** Goes back to the seeded illustrative outline; false when no upload was in place. */
export async function resetProvinceBoundary(actor: SessionUser): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.siteSetting.deleteMany({ where: { key: PROVINCE_BOUNDARY_KEY } });
    if (count === 1) await recordAudit({ actor, action: 'map.boundaryReset', entityType: 'SiteSetting', entityId: null }, tx);
    return count === 1;
  });
}
