import 'server-only';
import { cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { occupancyPercent, type ClusterSort, type ClusterStatusCode } from '@/lib/decree/clusters';
import type { CommuneKindCode } from '@/lib/decree/communes';
import { publishedNow } from './articles';
import { cacheTags } from './cache-tags';
import { publicMediaSelect, toPublicMedia, type PublicMedia } from './media-dto';

// The public industrial-cluster directory (/cum-cong-nghiep): published clusters only.

const summarySelect = {
  id: true,
  name: true,
  slug: true,
  district: true,
  commune: true,
  place: { select: { id: true, name: true, kind: true } },
  plannedAreaHa: true,
  leasedAreaHa: true,
  status: true,
  industries: true,
  landPriceMin: true,
  landPriceMax: true,
  latitude: true,
  longitude: true,
} satisfies Prisma.IndustrialClusterSelect;

type SummaryRow = Prisma.IndustrialClusterGetPayload<{ select: typeof summarySelect }>;

export interface ClusterSummary extends Omit<SummaryRow, 'status' | 'place'> {
  status: ClusterStatusCode;
  /** The xã, phường or đặc khu (since 01/07/2025), when staff chose one. */
  place: { id: string; name: string; kind: CommuneKindCode } | null;
  occupancy: number;
}

const withOccupancy = <T extends SummaryRow>(row: T) => ({ ...row, occupancy: occupancyPercent(row) });

/** Every published cluster, unsorted (sorting is cheap and done by clusterOrder). */
export async function publishedClusters(): Promise<ClusterSummary[]> {
  'use cache';
  cacheTag(cacheTags.clusters);
  const rows = await prisma.industrialCluster.findMany({ where: { published: true }, select: summarySelect, orderBy: { name: 'asc' } });
  return rows.map(withOccupancy);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sorted copy: by name, planned area, occupancy or commune (ties by name; no commune last), ascending or descending. */
export function clusterOrder(clusters: readonly ClusterSummary[], sort: ClusterSort, descending: boolean): ClusterSummary[] {
  const key: Record<ClusterSort, (a: ClusterSummary, b: ClusterSummary) => number> = {
    ten: () => 0,
    'dien-tich': (a, b) => a.plannedAreaHa - b.plannedAreaHa,
    'lap-day': (a, b) => a.occupancy - b.occupancy,
    xa: (a, b) => (a.place ? 0 : 1) - (b.place ? 0 : 1) || collator.compare(a.place?.name ?? '', b.place?.name ?? ''),
  };
  const direction = descending ? -1 : 1;
  return [...clusters].sort((a, b) => direction * (key[sort](a, b) || collator.compare(a.name, b.name)));
}

/** Only the clusters in one commune (`communeId` null: all). */
export function clustersInCommune(clusters: readonly ClusterSummary[], communeId: string | null): ClusterSummary[] {
  return communeId ? clusters.filter((cluster) => cluster.place?.id === communeId) : [...clusters];
}

export interface ClusterDetail extends ClusterSummary {
  power: string;
  water: string;
  wastewater: string;
  roads: string;
  developer: string;
  contact: string;
  descriptionHtml: string;
  descriptionText: string;
  updatedAt: Date;
  photos: PublicMedia[];
  news: { id: string; title: string; slug: string; publishedAt: Date | null }[];
}

/** A published cluster with its photos and its related published news (newest first). */
export async function publishedClusterBySlug(slug: string): Promise<ClusterDetail | null> {
  'use cache';
  cacheTag(cacheTags.clusters, cacheTags.articles);
  const row = await prisma.industrialCluster.findFirst({
    where: { slug, published: true },
    select: {
      ...summarySelect,
      power: true,
      water: true,
      wastewater: true,
      roads: true,
      developer: true,
      contact: true,
      descriptionHtml: true,
      descriptionText: true,
      updatedAt: true,
      photos: { orderBy: { sortOrder: 'asc' }, select: { media: { select: publicMediaSelect } } },
      articles: {
        where: { article: publishedNow() },
        select: { article: { select: { id: true, title: true, slug: true, publishedAt: true } } },
        orderBy: { article: { publishedAt: 'desc' } },
        take: 10,
      },
    },
  });
  if (!row) return null;
  const { photos, articles, ...rest } = row;
  return { ...withOccupancy(rest), photos: photos.map(({ media }) => toPublicMedia(media)), news: articles.map(({ article }) => article) };
}
