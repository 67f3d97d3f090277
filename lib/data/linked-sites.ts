import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';

export interface LinkedSiteLink {
  id: string;
  name: string;
  url: string;
}

/** Active linked websites in their sort order, for the public sidebar. */
export async function linkedSitesForSidebar(): Promise<LinkedSiteLink[]> {
  'use cache';
  cacheTag(cacheTags.linkedSites);
  return prisma.linkedSite.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, url: true },
  });
}
