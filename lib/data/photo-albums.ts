import 'server-only';
import { cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { publicMediaSelect, toPublicMedia, type PublicMedia } from './media-dto';

// Published photo albums for readers (/thu-vien-anh and albums placed in articles). An album
// that is unpublished or deleted is simply not found.

export const ALBUMS_PER_PAGE = 12;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PUBLIC_ALBUM: Prisma.PhotoAlbumWhereInput = { published: true };
const ALBUM_ORDER = [{ publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.PhotoAlbumOrderByWithRelationInput[];

const albumCardSelect = {
  id: true,
  title: true,
  slug: true,
  publishedAt: true,
  cover: { select: publicMediaSelect },
  images: { orderBy: { position: 'asc' }, take: 1, select: { media: { select: publicMediaSelect } } },
  _count: { select: { images: true } },
} satisfies Prisma.PhotoAlbumSelect;

export interface PublicAlbumCard {
  id: string;
  title: string;
  slug: string;
  publishedAt: Date | null;
  imageCount: number;
  /** The chosen cover, else the first image. */
  cover: PublicMedia | null;
}

function toCard({ cover, images, _count, ...rest }: Prisma.PhotoAlbumGetPayload<{ select: typeof albumCardSelect }>): PublicAlbumCard {
  const shown = cover ?? images[0]?.media ?? null;
  return { ...rest, imageCount: _count.images, cover: shown ? toPublicMedia(shown) : null };
}

export interface AlbumPage {
  items: PublicAlbumCard[];
  page: number;
  pageCount: number;
}

/** One page of published albums, newest first. */
export async function publishedAlbumPage(page: number): Promise<AlbumPage> {
  'use cache';
  cacheTag(cacheTags.photoAlbums, cacheTags.media);
  const total = await prisma.photoAlbum.count({ where: PUBLIC_ALBUM });
  const pageCount = Math.max(1, Math.ceil(total / ALBUMS_PER_PAGE));
  if (page < 1 || page > pageCount) return { items: [], page, pageCount };
  const rows = await prisma.photoAlbum.findMany({
    where: PUBLIC_ALBUM,
    orderBy: ALBUM_ORDER,
    skip: (page - 1) * ALBUMS_PER_PAGE,
    take: ALBUMS_PER_PAGE,
    select: albumCardSelect,
  });
  return { items: rows.map(toCard), page, pageCount };
}

const albumSelect = {
  ...albumCardSelect,
  description: true,
  updatedAt: true,
  images: { orderBy: { position: 'asc' }, select: { id: true, caption: true, credit: true, media: { select: publicMediaSelect } } },
} satisfies Prisma.PhotoAlbumSelect;

export interface PublicAlbumImage {
  id: string;
  caption: string;
  credit: string;
  media: PublicMedia;
}

export interface PublicAlbum extends PublicAlbumCard {
  description: string;
  updatedAt: Date;
  images: PublicAlbumImage[];
}

function toAlbum({ cover, images, _count, ...rest }: Prisma.PhotoAlbumGetPayload<{ select: typeof albumSelect }>): PublicAlbum {
  const shown = cover ?? images[0]?.media ?? null;
  return {
    ...rest,
    imageCount: _count.images,
    cover: shown ? toPublicMedia(shown) : null,
    images: images.map(({ media, ...image }) => ({ ...image, media: toPublicMedia(media) })),
  };
}

export async function publishedAlbumBySlug(slug: string): Promise<PublicAlbum | null> {
  'use cache';
  cacheTag(cacheTags.photoAlbums, cacheTags.media);
  const row = await prisma.photoAlbum.findFirst({ where: { slug, ...PUBLIC_ALBUM }, select: albumSelect });
  return row ? toAlbum(row) : null;
}

/** The album an article body places (by id); null when it is unpublished, deleted or unknown. */
export async function publishedAlbumById(id: string): Promise<PublicAlbum | null> {
  'use cache';
  cacheTag(cacheTags.photoAlbums, cacheTags.media);
  if (!UUID.test(id)) return null;
  const row = await prisma.photoAlbum.findFirst({ where: { id, ...PUBLIC_ALBUM }, select: albumSelect });
  return row ? toAlbum(row) : null;
}

export async function publishedAlbumSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  'use cache';
  cacheTag(cacheTags.photoAlbums);
  return prisma.photoAlbum.findMany({ where: PUBLIC_ALBUM, orderBy: ALBUM_ORDER, select: { slug: true, updatedAt: true } });
}
