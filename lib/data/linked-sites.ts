import 'server-only';
import { cacheTag } from 'next/cache';
import { safePublicHref } from '@/lib/content/safe-href';
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
  const sites = await prisma.linkedSite.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, url: true },
  });
  // A stored address that is not a web address (however it got there) is not shown at all.
  return sites.flatMap((site) => {
    const url = safePublicHref(site.url);
    return url ? [{ ...site, url }] : [];
  });
}
