import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import type { CommuneKindCode } from '@/lib/decree/communes';
import { cacheTags } from './cache-tags';

// Xã, phường, đặc khu for filters and forms (public: every entry; staff decide what exists).

export interface CommuneOption {
  id: string;
  name: string;
  kind: CommuneKindCode;
  formerDistrict: string;
}

export async function communeOptions(): Promise<CommuneOption[]> {
  'use cache';
  cacheTag(cacheTags.communes);
  return prisma.commune.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true, formerDistrict: true } });
}
