import 'server-only';
import { OFFICE_MIME_TYPES } from '@/lib/media/sniff';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import type { MediaVariant, StoredUpload } from '@/lib/media/types';
import { mediaUrl, thumbnailUrl } from '@/lib/media/urls';
import { recordAudit } from './audit';

// The media library for staff: list/search, where each file is used, alt text, deletion that
// refuses files still in use. Storage files are written and removed by lib/media; this module
// owns the rows.

export type MediaKind = 'image' | 'video' | 'pdf' | 'office';

export interface MediaItem {
  id: string;
  storageKey: string;
  url: string;
  thumbnailUrl: string | null;
  originalName: string;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  altText: string;
  variants: MediaVariant[];
  uploaderName: string | null;
  createdAt: Date;
}

export interface MediaUsage {
  kind:
    | 'articleCover'
    | 'articleBody'
    | 'page'
    | 'videoFile'
    | 'videoThumbnail'
    | 'mapDocument'
    | 'legalDocument'
    | 'cluster'
    | 'project'
    | 'procedure'
    | 'disclosure'
    | 'official'
    | 'photoAlbum';
  id: string;
  title: string;
  href: string;
}

const mediaItemSelect = {
  id: true,
  storageKey: true,
  originalName: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
  altText: true,
  variants: true,
  createdAt: true,
  uploader: { select: { name: true } },
} satisfies Prisma.MediaSelect;

type MediaRow = Prisma.MediaGetPayload<{ select: typeof mediaItemSelect }>;

function parseVariants(value: unknown): MediaVariant[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is MediaVariant =>
      !!entry && typeof entry === 'object' && typeof (entry as MediaVariant).key === 'string' && typeof (entry as MediaVariant).width === 'number',
  );
}

function toItem(row: MediaRow): MediaItem {
  const variants = parseVariants(row.variants);
  return {
    id: row.id,
    storageKey: row.storageKey,
    url: mediaUrl(row.storageKey),
    thumbnailUrl: row.mimeType.startsWith('image/') ? thumbnailUrl({ storageKey: row.storageKey, variants }) : null,
    originalName: row.originalName,
    mimeType: row.mimeType,
    byteSize: Number(row.byteSize),
    width: row.width,
    height: row.height,
    altText: row.altText,
    variants,
    uploaderName: row.uploader?.name ?? null,
    createdAt: row.createdAt,
  };
}

const KIND_FILTERS: Record<MediaKind, Prisma.MediaWhereInput> = {
  image: { mimeType: { startsWith: 'image/' } },
  video: { mimeType: 'video/mp4' },
  pdf: { mimeType: 'application/pdf' },
  office: { mimeType: { in: [...OFFICE_MIME_TYPES] } },
};

export const MEDIA_PAGE_SIZE = 24;

export interface MediaListQuery {
  q?: string;
  page?: number;
  kinds?: readonly MediaKind[];
  pageSize?: number;
}

export interface MediaPage {
  items: MediaItem[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listMedia(query: MediaListQuery = {}): Promise<MediaPage> {
  const pageSize = Math.min(Math.max(query.pageSize ?? MEDIA_PAGE_SIZE, 1), 100);
  const text = query.q?.trim().slice(0, 200);
  const where: Prisma.MediaWhereInput = {
    AND: [
      query.kinds?.length ? { OR: query.kinds.map((kind) => KIND_FILTERS[kind]) } : {},
      text ? { OR: [{ originalName: { contains: text, mode: 'insensitive' } }, { altText: { contains: text, mode: 'insensitive' } }] } : {},
    ],
  };
  const total = await prisma.media.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(Math.trunc(query.page ?? 1) || 1, 1), pageCount);
  const rows = await prisma.media.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: mediaItemSelect,
  });
  return { items: rows.map(toItem), total, page, pageCount };
}

export async function getMedia(id: string): Promise<MediaItem | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.media.findUnique({ where: { id }, select: mediaItemSelect });
  return row ? toItem(row) : null;
}

/** Media type of a row, for forms that must reference a video, an image or a PDF. */
export async function getMediaMimeType(id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.media.findUnique({ where: { id }, select: { mimeType: true } });
  return row?.mimeType ?? null;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export async function createMedia(stored: StoredUpload, actor: SessionUser, altText = ''): Promise<MediaItem> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.media.create({
      data: {
        storageKey: stored.storageKey,
        originalName: stored.originalName,
        mimeType: stored.mimeType,
        byteSize: BigInt(stored.byteSize),
        width: stored.width,
        height: stored.height,
        variants: stored.variants as unknown as Prisma.InputJsonValue,
        altText,
        uploaderId: actor.id,
      },
      select: mediaItemSelect,
    });
    await recordAudit(
      {
        actor,
        action: 'media.upload',
        entityType: 'Media',
        entityId: row.id,
        summary: { originalName: row.originalName, mimeType: row.mimeType, byteSize: stored.byteSize },
      },
      tx,
    );
    return toItem(row);
  });
}

/** Updates the alt text; null when the file does not exist. */
export async function updateMediaAltText(id: string, altText: string, actor: SessionUser): Promise<MediaItem | null> {
  if (!isUuid(id)) return null;
  return prisma.$transaction(async (tx) => {
    const before = await tx.media.findUnique({ where: { id }, select: { altText: true } });
    if (!before) return null;
    const row = await tx.media.update({ where: { id }, data: { altText }, select: mediaItemSelect });
    await recordAudit({ actor, action: 'media.update', entityType: 'Media', entityId: id, summary: { altText: { from: before.altText, to: altText } } }, tx);
    return toItem(row);
  });
}

// Body references: the editor stores the media id on image nodes and the file's URL as src
// (any variant of it), so both the id and the key stem (key without width/extension) are matched.
function keyStem(storageKey: string): string {
  return storageKey.replace(/(-\d+)?\.[a-z0-9]+$/, '');
}

interface UsageRow {
  media_id: string;
  kind: MediaUsage['kind'];
  id: string;
  title: string;
}

/** Where each file is used: article covers and bodies (trash included), pages, videos, map documents. */
export async function mediaUsage(ids: readonly string[], db: Prisma.TransactionClient | typeof prisma = prisma): Promise<Map<string, MediaUsage[]>> {
  const usage = new Map<string, MediaUsage[]>();
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return usage;
  const media = await db.media.findMany({ where: { id: { in: valid } }, select: { id: true, storageKey: true } });
  if (media.length === 0) return usage;
  const mediaIds = media.map((m) => m.id);
  const stems = media.map((m) => keyStem(m.storageKey));
  const rows = await db.$queryRaw<UsageRow[]>`
    WITH m AS (SELECT * FROM unnest(${mediaIds}::uuid[], ${stems}::text[]) AS t(id, stem))
    SELECT m.id::text AS media_id,
           CASE WHEN a.cover_media_id = m.id THEN 'articleCover' ELSE 'articleBody' END AS kind,
           a.id::text AS id,
           a.title || CASE WHEN a.deleted_at IS NOT NULL THEN ' (trong thùng rác)' ELSE '' END AS title
      FROM m JOIN articles a
        ON a.cover_media_id = m.id OR strpos(a.body::text, m.id::text) > 0 OR strpos(a.body::text, m.stem) > 0
    UNION ALL
    SELECT m.id::text, 'page', p.id::text, p.title
      FROM m JOIN pages p ON strpos(p.body::text, m.id::text) > 0 OR strpos(p.body::text, m.stem) > 0
    UNION ALL
    SELECT m.id::text, CASE WHEN v.media_id = m.id THEN 'videoFile' ELSE 'videoThumbnail' END, v.id::text, v.title
      FROM m JOIN videos v ON v.media_id = m.id OR v.thumbnail_media_id = m.id
    UNION ALL
    SELECT m.id::text, 'mapDocument', d.id::text, d.title
      FROM m JOIN map_documents d ON d.media_id = m.id
    UNION ALL
    SELECT m.id::text, 'legalDocument', l.id::text, l.number
      FROM m JOIN legal_document_attachments la ON la.media_id = m.id JOIN legal_documents l ON l.id = la.document_id
    UNION ALL
    SELECT m.id::text, 'cluster', c.id::text, c.name
      FROM m JOIN industrial_clusters c ON c.id IN (SELECT cp.cluster_id FROM cluster_photos cp WHERE cp.media_id = m.id)
        OR strpos(c.description::text, m.id::text) > 0 OR strpos(c.description::text, m.stem) > 0
    UNION ALL
    SELECT m.id::text, 'project', p.id::text, p.title
      FROM m JOIN project_attachments pa ON pa.media_id = m.id JOIN projects p ON p.id = pa.project_id
    UNION ALL
    SELECT m.id::text, 'procedure', t.id::text, t.name
      FROM m JOIN procedure_forms pf ON pf.media_id = m.id JOIN administrative_procedures t ON t.id = pf.procedure_id
    UNION ALL
    SELECT m.id::text, 'disclosure', i.id::text, i.title
      FROM m JOIN disclosure_attachments da ON da.media_id = m.id JOIN disclosure_items i ON i.id = da.item_id
    UNION ALL
    SELECT m.id::text, 'official', o.id::text, o.name
      FROM m JOIN officials o ON o.photo_id = m.id
    UNION ALL
    SELECT m.id::text, 'photoAlbum', pa.id::text, pa.title
      FROM m JOIN photo_albums pa ON pa.cover_media_id = m.id OR pa.id IN (SELECT pi.album_id FROM photo_album_images pi WHERE pi.media_id = m.id)
  `;
  const hrefs: Record<MediaUsage['kind'], (id: string) => string> = {
    articleCover: (id) => `/quan-tri/tin-tuc/${id}`,
    articleBody: (id) => `/quan-tri/tin-tuc/${id}`,
    page: (id) => `/quan-tri/trang/${id}`,
    videoFile: (id) => `/quan-tri/video/${id}`,
    videoThumbnail: (id) => `/quan-tri/video/${id}`,
    mapDocument: (id) => `/quan-tri/ban-do/${id}`,
    legalDocument: (id) => `/quan-tri/van-ban/${id}`,
    cluster: (id) => `/quan-tri/cum-cong-nghiep/${id}`,
    project: (id) => `/quan-tri/du-an/${id}`,
    procedure: (id) => `/quan-tri/thu-tuc/${id}`,
    disclosure: (id) => `/quan-tri/cong-khai/${id}`,
    official: () => '/quan-tri/can-bo',
    photoAlbum: (id) => `/quan-tri/thu-vien-anh/${id}`,
  };
  for (const row of rows) {
    const list = usage.get(row.media_id) ?? [];
    list.push({ kind: row.kind, id: row.id, title: row.title, href: hrefs[row.kind](row.id) });
    usage.set(row.media_id, list);
  }
  return usage;
}

export type DeleteMediaResult = { ok: true; storageKeys: string[] } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'inUse'; usage: MediaUsage[] };

/**
 * Deletes the row when nothing uses the file; returns the storage keys to remove afterwards.
 * The row is locked while checking so two deletions can't race each other.
 */
export async function deleteMediaIfUnused(id: string, actor: SessionUser): Promise<DeleteMediaResult> {
  if (!isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM media WHERE id = ${id}::uuid FOR UPDATE`;
    if (locked.length === 0) return { ok: false, reason: 'notFound' } as const;
    const usage = (await mediaUsage([id], tx)).get(id) ?? [];
    if (usage.length > 0) return { ok: false, reason: 'inUse', usage } as const;
    const row = await tx.media.delete({ where: { id }, select: { storageKey: true, variants: true, originalName: true, mimeType: true } });
    await recordAudit(
      { actor, action: 'media.delete', entityType: 'Media', entityId: id, summary: { originalName: row.originalName, mimeType: row.mimeType } },
      tx,
    );
    const storageKeys = [...new Set([row.storageKey, ...parseVariants(row.variants).map((variant) => variant.key)])];
    return { ok: true, storageKeys } as const;
  });
}
