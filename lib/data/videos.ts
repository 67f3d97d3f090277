import 'server-only';
import { cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { publicMediaSelect, toPublicMedia, type PublicMedia } from './media-dto';

export const VIDEOS_PER_PAGE = 12;

// A YouTube id is 11 URL-safe characters; anything else stored by mistake is never embedded.
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

const videoSelect = {
  id: true,
  title: true,
  slug: true,
  description: true,
  source: true,
  youtubeId: true,
  publishedAt: true,
  updatedAt: true,
  media: { select: publicMediaSelect },
  thumbnail: { select: publicMediaSelect },
} satisfies Prisma.VideoSelect;

export interface PublicVideo {
  id: string;
  title: string;
  slug: string;
  description: string;
  source: 'YOUTUBE' | 'UPLOAD';
  youtubeId: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  file: PublicMedia | null;
  thumbnail: PublicMedia | null;
}

function toPublicVideo(row: Prisma.VideoGetPayload<{ select: typeof videoSelect }>): PublicVideo {
  const { media, thumbnail, youtubeId, ...rest } = row;
  return {
    ...rest,
    youtubeId: youtubeId && YOUTUBE_ID.test(youtubeId) ? youtubeId : null,
    file: media ? toPublicMedia(media) : null,
    thumbnail: thumbnail ? toPublicMedia(thumbnail) : null,
  };
}

const PUBLIC_VIDEO: Prisma.VideoWhereInput = { published: true };
const VIDEO_ORDER = [{ sortOrder: 'asc' }, { publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.VideoOrderByWithRelationInput[];
const LATEST_ORDER = [{ publishedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.VideoOrderByWithRelationInput[];

/** The newest published videos (home page and sidebar). */
export async function latestVideos(limit: number): Promise<PublicVideo[]> {
  'use cache';
  cacheTag(cacheTags.videos, cacheTags.media);
  const rows = await prisma.video.findMany({ where: PUBLIC_VIDEO, orderBy: LATEST_ORDER, take: limit, select: videoSelect });
  return rows.map(toPublicVideo);
}

export interface VideoPage {
  items: PublicVideo[];
  page: number;
  pageCount: number;
}

/** One page of the video library, in the order staff arranged it. */
export async function publishedVideoPage(page: number): Promise<VideoPage> {
  'use cache';
  cacheTag(cacheTags.videos, cacheTags.media);
  const total = await prisma.video.count({ where: PUBLIC_VIDEO });
  const pageCount = Math.max(1, Math.ceil(total / VIDEOS_PER_PAGE));
  if (page < 1 || page > pageCount) return { items: [], page, pageCount };
  const rows = await prisma.video.findMany({
    where: PUBLIC_VIDEO,
    orderBy: VIDEO_ORDER,
    skip: (page - 1) * VIDEOS_PER_PAGE,
    take: VIDEOS_PER_PAGE,
    select: videoSelect,
  });
  return { items: rows.map(toPublicVideo), page, pageCount };
}

export async function publishedVideoBySlug(slug: string): Promise<PublicVideo | null> {
  'use cache';
  cacheTag(cacheTags.videos, cacheTags.video(slug), cacheTags.media);
  const row = await prisma.video.findFirst({ where: { slug, ...PUBLIC_VIDEO }, select: videoSelect });
  return row ? toPublicVideo(row) : null;
}

export async function publishedVideoSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  'use cache';
  cacheTag(cacheTags.videos);
  return prisma.video.findMany({ where: PUBLIC_VIDEO, orderBy: LATEST_ORDER, select: { slug: true, updatedAt: true } });
}
