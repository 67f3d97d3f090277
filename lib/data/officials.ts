import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';

export interface PublicOfficial {
  id: string;
  name: string;
  position: string;
  phone: string;
  email: string;
}

/** Focal-point officials shown on /lien-he, in the order staff set. */
export async function publishedOfficials(): Promise<PublicOfficial[]> {
  'use cache';
  cacheTag(cacheTags.officials);
  return prisma.official.findMany({
    where: { published: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, position: true, phone: true, email: true },
  });
}
