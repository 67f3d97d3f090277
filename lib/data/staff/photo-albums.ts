import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { mediaUrl, thumbnailUrl } from '@/lib/media/urls';
import type { PhotoAlbumInput } from '@/lib/validation/photo-album';
import { recordAudit } from './audit';
import { isUuid } from './media';

// Photo albums for staff ('photoAlbum.manage'): every album, published or not. Public reads
// live in lib/data/photo-albums.ts.

const staffImageSelect = {
  mediaId: true,
  caption: true,
  credit: true,
  media: { select: { storageKey: true, variants: true, altText: true, originalName: true } },
} satisfies Prisma.PhotoAlbumImageSelect;

const staffAlbumSelect = {
  id: true,
  title: true,
  slug: true,
  description: true,
  coverMediaId: true,
  published: true,
  publishedAt: true,
  updatedAt: true,
  images: { orderBy: { position: 'asc' }, select: staffImageSelect },
} satisfies Prisma.PhotoAlbumSelect;

type AlbumRow = Prisma.PhotoAlbumGetPayload<{ select: typeof staffAlbumSelect }>;

export interface StaffAlbumImage {
  mediaId: string;
  url: string;
  thumbnailUrl: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface StaffAlbum {
  id: string;
  title: string;
  slug: string;
  description: string;
  coverMediaId: string | null;
  published: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
  images: StaffAlbumImage[];
}

function toStaffAlbum(row: AlbumRow): StaffAlbum {
  return {
    ...row,
    images: row.images.map(({ mediaId, caption, credit, media }) => ({
      mediaId,
      caption,
      credit,
      url: mediaUrl(media.storageKey),
      thumbnailUrl: thumbnailUrl(media),
      alt: media.altText || media.originalName,
    })),
  };
}

export interface StaffAlbumListItem {
  id: string;
  title: string;
  slug: string;
  published: boolean;
  imageCount: number;
  coverUrl: string | null;
  updatedAt: Date;
}

/** Every album, newest change first, with its image count and cover thumbnail. */
export async function listStaffAlbums(): Promise<StaffAlbumListItem[]> {
  const rows = await prisma.photoAlbum.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      title: true,
      slug: true,
      published: true,
      updatedAt: true,
      cover: { select: { storageKey: true, variants: true } },
      images: { orderBy: { position: 'asc' }, take: 1, select: { media: { select: { storageKey: true, variants: true } } } },
      _count: { select: { images: true } },
    },
  });
  return rows.map(({ cover, images, _count, ...rest }) => {
    const shown = cover ?? images[0]?.media ?? null;
    return { ...rest, imageCount: _count.images, coverUrl: shown ? thumbnailUrl(shown) : null };
  });
}

export async function getStaffAlbum(id: string): Promise<StaffAlbum | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.photoAlbum.findUnique({ where: { id }, select: staffAlbumSelect });
  return row ? toStaffAlbum(row) : null;
}

export interface AlbumChoice {
  id: string;
  title: string;
  slug: string;
  published: boolean;
}

/** The albums an editor may place in an article body, newest first. */
export async function albumChoices(): Promise<AlbumChoice[]> {
  return prisma.photoAlbum.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 500,
    select: { id: true, title: true, slug: true, published: true },
  });
}

export type AlbumWriteResult =
  { ok: true; album: StaffAlbum } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

const takenSlug = (slug: string) => [`Đường dẫn "${slug}" đã được dùng cho album khác.`];

async function checkInput(tx: Prisma.TransactionClient, id: string | null, input: PhotoAlbumInput): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  const ids = input.images.map((image) => image.mediaId);
  if (ids.length > 0) {
    const found = await tx.media.findMany({ where: { id: { in: ids } }, select: { id: true, mimeType: true } });
    const images = new Set(found.filter((row) => row.mimeType.startsWith('image/')).map((row) => row.id));
    const missing = ids.filter((mediaId) => !images.has(mediaId));
    if (missing.length > 0) errors.images = [`${missing.length} ảnh không có trong thư viện media (hoặc không phải là ảnh). Hãy chọn lại ảnh.`];
  }
  if (await tx.photoAlbum.findFirst({ where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } })) {
    errors.slug = takenSlug(input.slug);
  }
  return Object.keys(errors).length ? errors : null;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** Creates (`id` null) or updates an album with its images in the given order. */
export async function savePhotoAlbum(id: string | null, input: PhotoAlbumInput, actor: SessionUser): Promise<AlbumWriteResult> {
  if (id !== null && !isUuid(id)) return { ok: false, reason: 'notFound' };
  try {
    return await prisma.$transaction(async (tx) => {
      const before = id ? await tx.photoAlbum.findUnique({ where: { id }, select: { title: true, slug: true, published: true, publishedAt: true } }) : null;
      if (id && !before) return { ok: false, reason: 'notFound' } as const;
      const errors = await checkInput(tx, id, input);
      if (errors) return { ok: false, reason: 'invalid', errors } as const;
      const data = {
        title: input.title,
        slug: input.slug,
        description: input.description,
        coverMediaId: input.coverMediaId,
        published: input.published,
        publishedAt: input.published ? (before?.publishedAt ?? new Date()) : (before?.publishedAt ?? null),
      };
      // A live album's slug wins over another album's old-slug redirect.
      await tx.photoAlbumSlugHistory.deleteMany({ where: { slug: input.slug } });
      const saved = id ? await tx.photoAlbum.update({ where: { id }, data, select: { id: true } }) : await tx.photoAlbum.create({ data, select: { id: true } });
      if (before && before.slug !== input.slug) {
        await tx.photoAlbumSlugHistory.create({ data: { slug: before.slug, albumId: saved.id } });
      }
      await tx.photoAlbumImage.deleteMany({ where: { albumId: saved.id } });
      if (input.images.length > 0) {
        await tx.photoAlbumImage.createMany({
          data: input.images.map((image, position) => ({ albumId: saved.id, mediaId: image.mediaId, caption: image.caption, credit: image.credit, position })),
        });
      }
      const action = !before
        ? 'photoAlbum.create'
        : before.published !== input.published
          ? input.published
            ? 'photoAlbum.publish'
            : 'photoAlbum.unpublish'
          : 'photoAlbum.update';
      await recordAudit(
        {
          actor,
          action,
          entityType: 'PhotoAlbum',
          entityId: saved.id,
          summary: {
            ...(before ? { before: { title: before.title, slug: before.slug, published: before.published } } : {}),
            after: { title: input.title, slug: input.slug, published: input.published, images: input.images.length },
          },
        },
        tx,
      );
      return { ok: true, album: toStaffAlbum(await tx.photoAlbum.findUniqueOrThrow({ where: { id: saved.id }, select: staffAlbumSelect })) } as const;
    });
  } catch (error) {
    // Two saves taking the same slug at once: the database's unique index decides.
    if (isUniqueViolation(error)) return { ok: false, reason: 'invalid', errors: { slug: takenSlug(input.slug) } };
    throw error;
  }
}

export type AlbumPublishResult = 'ok' | 'notFound' | 'empty';

export async function setPhotoAlbumPublished(id: string, published: boolean, actor: SessionUser): Promise<AlbumPublishResult> {
  if (!isUuid(id)) return 'notFound';
  return prisma.$transaction(async (tx) => {
    const before = await tx.photoAlbum.findUnique({ where: { id }, select: { title: true, publishedAt: true, _count: { select: { images: true } } } });
    if (!before) return 'notFound';
    if (published && before._count.images === 0) return 'empty';
    await tx.photoAlbum.update({ where: { id }, data: { published, publishedAt: published ? (before.publishedAt ?? new Date()) : before.publishedAt } });
    await recordAudit(
      { actor, action: published ? 'photoAlbum.publish' : 'photoAlbum.unpublish', entityType: 'PhotoAlbum', entityId: id, summary: { title: before.title } },
      tx,
    );
    return 'ok';
  });
}

/** Deletes the album (its images stay in the media library); articles placing it show nothing. */
export async function deletePhotoAlbum(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.photoAlbum.findUnique({ where: { id }, select: { title: true, slug: true } });
    if (!row) return false;
    await tx.photoAlbum.delete({ where: { id } });
    await recordAudit({ actor, action: 'photoAlbum.delete', entityType: 'PhotoAlbum', entityId: id, summary: row }, tx);
    return true;
  });
}
