import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { mediaUrl, thumbnailUrl } from '@/lib/media/urls';
import type { VideoInput } from '@/lib/validation/video';
import { recordAudit } from './audit';
import { isUuid } from './media';
import { checkMediaRef } from './media-refs';
import { uniqueSlug } from './slug';

// Videos for staff (all of them, published or not). Public reads live in lib/data/videos.ts.

const staffVideoSelect = {
  id: true,
  title: true,
  slug: true,
  description: true,
  source: true,
  youtubeId: true,
  mediaId: true,
  thumbnailMediaId: true,
  published: true,
  publishedAt: true,
  sortOrder: true,
  updatedAt: true,
  media: { select: { storageKey: true, originalName: true } },
  thumbnail: { select: { storageKey: true, variants: true } },
} satisfies Prisma.VideoSelect;

type VideoRow = Prisma.VideoGetPayload<{ select: typeof staffVideoSelect }>;

export interface StaffVideo {
  id: string;
  title: string;
  slug: string;
  description: string;
  source: 'YOUTUBE' | 'UPLOAD';
  youtubeId: string | null;
  mediaId: string | null;
  fileUrl: string | null;
  fileName: string | null;
  thumbnailMediaId: string | null;
  thumbnailUrl: string | null;
  published: boolean;
  publishedAt: Date | null;
  sortOrder: number;
  updatedAt: Date;
}

function toStaffVideo(row: VideoRow): StaffVideo {
  const { media, thumbnail, ...rest } = row;
  return {
    ...rest,
    fileUrl: media ? mediaUrl(media.storageKey) : null,
    fileName: media?.originalName ?? null,
    thumbnailUrl: thumbnail ? thumbnailUrl(thumbnail) : null,
  };
}

export async function listStaffVideos(): Promise<StaffVideo[]> {
  const rows = await prisma.video.findMany({ orderBy: [{ sortOrder: 'asc' }, { createdAt: 'desc' }], select: staffVideoSelect });
  return rows.map(toStaffVideo);
}

export async function getStaffVideo(id: string): Promise<StaffVideo | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.video.findUnique({ where: { id }, select: staffVideoSelect });
  return row ? toStaffVideo(row) : null;
}

export type VideoWriteResult =
  { ok: true; video: StaffVideo } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

async function checkRefs(tx: Prisma.TransactionClient, input: VideoInput): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  const file = await checkMediaRef(tx, input.mediaId, (type) => type === 'video/mp4', 'Tệp video phải là một tệp MP4 trong thư viện.');
  if (file) errors.mediaId = [file];
  const thumb = await checkMediaRef(tx, input.thumbnailMediaId, (type) => type.startsWith('image/'), 'Ảnh đại diện phải là một ảnh trong thư viện.');
  if (thumb) errors.thumbnailMediaId = [thumb];
  return Object.keys(errors).length ? errors : null;
}

function videoData(input: VideoInput) {
  return {
    title: input.title,
    description: input.description,
    source: input.source,
    youtubeId: input.youtubeId,
    mediaId: input.mediaId,
    thumbnailMediaId: input.thumbnailMediaId,
    published: input.published,
  };
}

export async function createVideo(input: VideoInput, actor: SessionUser): Promise<VideoWriteResult> {
  return prisma.$transaction(async (tx) => {
    const errors = await checkRefs(tx, input);
    if (errors) return { ok: false, reason: 'invalid', errors } as const;
    const slug = await uniqueSlug(input.title, 'video', async (candidate) => (await tx.video.count({ where: { slug: candidate } })) > 0);
    // New videos go first in the list (the smallest order).
    const first = await tx.video.aggregate({ _min: { sortOrder: true } });
    const row = await tx.video.create({
      data: { ...videoData(input), slug, sortOrder: (first._min.sortOrder ?? 1) - 1, publishedAt: input.published ? new Date() : null },
      select: staffVideoSelect,
    });
    await recordAudit(
      { actor, action: 'video.create', entityType: 'Video', entityId: row.id, summary: { title: row.title, slug, published: row.published } },
      tx,
    );
    return { ok: true, video: toStaffVideo(row) } as const;
  });
}

export async function updateVideo(id: string, input: VideoInput, actor: SessionUser): Promise<VideoWriteResult> {
  if (!isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    const before = await tx.video.findUnique({
      where: { id },
      select: { title: true, published: true, publishedAt: true, source: true, youtubeId: true, mediaId: true },
    });
    if (!before) return { ok: false, reason: 'notFound' } as const;
    const errors = await checkRefs(tx, input);
    if (errors) return { ok: false, reason: 'invalid', errors } as const;
    // The slug stays as created: public links to the video keep working after a title edit.
    const row = await tx.video.update({
      where: { id },
      data: { ...videoData(input), publishedAt: input.published ? (before.publishedAt ?? new Date()) : before.publishedAt },
      select: staffVideoSelect,
    });
    await recordAudit(
      {
        actor,
        action: before.published !== input.published ? (input.published ? 'video.publish' : 'video.unpublish') : 'video.update',
        entityType: 'Video',
        entityId: id,
        summary: {
          before: { title: before.title, published: before.published, source: before.source, youtubeId: before.youtubeId },
          after: { title: row.title, published: row.published, source: row.source, youtubeId: row.youtubeId },
        },
      },
      tx,
    );
    return { ok: true, video: toStaffVideo(row) } as const;
  });
}

export async function setVideoPublished(id: string, published: boolean, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const before = await tx.video.findUnique({ where: { id }, select: { publishedAt: true, title: true } });
    if (!before) return false;
    await tx.video.update({ where: { id }, data: { published, publishedAt: published ? (before.publishedAt ?? new Date()) : before.publishedAt } });
    await recordAudit(
      { actor, action: published ? 'video.publish' : 'video.unpublish', entityType: 'Video', entityId: id, summary: { title: before.title } },
      tx,
    );
    return true;
  });
}

export async function deleteVideo(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.video.findUnique({ where: { id }, select: { title: true, slug: true } });
    if (!row) return false;
    await tx.video.delete({ where: { id } });
    await recordAudit({ actor, action: 'video.delete', entityType: 'Video', entityId: id, summary: row }, tx);
    return true;
  });
}

/** Sets the order to exactly `ids` (which must list every video once). */
export async function reorderVideos(ids: readonly string[], actor: SessionUser): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.video.findMany({ select: { id: true } });
    const known = new Set(existing.map((row) => row.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) return false;
    for (const [index, id] of ids.entries()) await tx.video.update({ where: { id }, data: { sortOrder: index } });
    await recordAudit({ actor, action: 'video.reorder', entityType: 'Video', summary: { order: [...ids] } }, tx);
    return true;
  });
}
