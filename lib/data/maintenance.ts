import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';

// Maintenance notices for the public banner: every notice not yet over (the banner picks, at
// render, those already published). The 503 itself is the production server's (lib/server/maintenance.ts).

export interface PublicNotice {
  id: string;
  message: string;
  publishAt: Date;
  startsAt: Date;
  endsAt: Date;
}

export async function upcomingNotices(): Promise<PublicNotice[]> {
  'use cache';
  cacheTag(cacheTags.maintenance);
  cacheLife('minutes');
  return prisma.maintenanceNotice.findMany({
    where: { endsAt: { gt: new Date() } },
    orderBy: { startsAt: 'asc' },
    take: 5,
    select: { id: true, message: true, publishAt: true, startsAt: true, endsAt: true },
  });
}
