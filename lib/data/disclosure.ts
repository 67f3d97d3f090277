import 'server-only';
import { cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { DisclosureKindCode, ProcurementStatusCode } from '@/lib/decree/disclosure';
import { cacheTags } from './cache-tags';
import { attachmentsSelect } from './staff/attachments';

// Public disclosure (/cong-khai): published items only, and the published catalog entries.

const publicSelect = {
  id: true,
  kind: true,
  title: true,
  slug: true,
  year: true,
  publishedOn: true,
  summary: true,
  reportKind: true,
  owner: true,
  estimatedValueMillionVnd: true,
  method: true,
  selectionTime: true,
  procurementStatus: true,
  result: true,
  updatedAt: true,
  attachments: attachmentsSelect,
} satisfies Prisma.DisclosureItemSelect;

type Row = Prisma.DisclosureItemGetPayload<{ select: typeof publicSelect }>;
export interface PublicDisclosureItem extends Omit<Row, 'attachments' | 'kind' | 'procurementStatus'> {
  kind: DisclosureKindCode;
  procurementStatus: ProcurementStatusCode | null;
  attachments: { id: string; storageKey: string; mimeType: string; originalName: string }[];
}

const toPublic = ({ attachments, ...rest }: Row): PublicDisclosureItem => ({ ...rest, attachments: attachments.map(({ media }) => media) });

/** Published items of one kind and/or year, newest first (at most `limit`). */
export async function publishedDisclosureItems(filters: {
  kind?: DisclosureKindCode | null;
  year?: number | null;
  limit?: number;
}): Promise<PublicDisclosureItem[]> {
  'use cache';
  cacheTag(cacheTags.disclosure);
  const rows = await prisma.disclosureItem.findMany({
    where: { published: true, ...(filters.kind ? { kind: filters.kind } : {}), ...(filters.year ? { year: filters.year } : {}) },
    orderBy: [{ publishedOn: 'desc' }, { title: 'asc' }],
    take: Math.min(Math.max(filters.limit ?? 200, 1), 500),
    select: publicSelect,
  });
  return rows.map(toPublic);
}

/** The years that have published items, newest first (the year filter's options). */
export async function disclosureYears(): Promise<number[]> {
  'use cache';
  cacheTag(cacheTags.disclosure);
  const rows = await prisma.disclosureItem.findMany({ where: { published: true }, distinct: ['year'], select: { year: true }, orderBy: { year: 'desc' } });
  return rows.map((row) => row.year);
}

export async function publishedDisclosureItemBySlug(slug: string): Promise<PublicDisclosureItem | null> {
  'use cache';
  cacheTag(cacheTags.disclosure);
  const row = await prisma.disclosureItem.findFirst({ where: { slug, published: true }, select: publicSelect });
  return row ? toPublic(row) : null;
}

/** Danh mục thông tin phải được công khai, in the staff's order. */
export async function publishedCatalogEntries(): Promise<{ id: string; title: string; legalBasis: string; location: string }[]> {
  'use cache';
  cacheTag(cacheTags.disclosure);
  return prisma.disclosureCatalogEntry.findMany({
    where: { published: true },
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
    select: { id: true, title: true, legalBasis: true, location: true },
  });
}
