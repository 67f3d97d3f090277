import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { mediaUrl, thumbnailUrl } from '@/lib/media/urls';
import type { MapDocumentInput } from '@/lib/validation/map-document';
import { recordAudit } from './audit';
import { isUuid } from './media';
import { checkMediaRef } from './media-refs';

// Administrative-map documents for staff. Public reads live in lib/data/map-documents.ts.

const staffMapSelect = {
  id: true,
  title: true,
  description: true,
  mediaId: true,
  sortOrder: true,
  published: true,
  updatedAt: true,
  media: { select: { storageKey: true, variants: true, mimeType: true, originalName: true } },
} satisfies Prisma.MapDocumentSelect;

type MapRow = Prisma.MapDocumentGetPayload<{ select: typeof staffMapSelect }>;

export interface StaffMapDocument {
  id: string;
  title: string;
  description: string;
  mediaId: string | null;
  sortOrder: number;
  published: boolean;
  updatedAt: Date;
  file: { url: string; thumbnailUrl: string | null; mimeType: string; originalName: string } | null;
}

function toStaffMap(row: MapRow): StaffMapDocument {
  const { media, ...rest } = row;
  return {
    ...rest,
    file: media
      ? {
          url: mediaUrl(media.storageKey),
          thumbnailUrl: media.mimeType.startsWith('image/') ? thumbnailUrl(media) : null,
          mimeType: media.mimeType,
          originalName: media.originalName,
        }
      : null,
  };
}

export async function listStaffMapDocuments(): Promise<StaffMapDocument[]> {
  const rows = await prisma.mapDocument.findMany({ orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }], select: staffMapSelect });
  return rows.map(toStaffMap);
}

export async function getStaffMapDocument(id: string): Promise<StaffMapDocument | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.mapDocument.findUnique({ where: { id }, select: staffMapSelect });
  return row ? toStaffMap(row) : null;
}

export type MapWriteResult =
  { ok: true; document: StaffMapDocument } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

const isMapFile = (type: string) => type.startsWith('image/') || type === 'application/pdf';
const MAP_FILE_MESSAGE = 'Tệp bản đồ phải là một ảnh hoặc một tài liệu PDF trong thư viện.';

export async function createMapDocument(input: MapDocumentInput, actor: SessionUser): Promise<MapWriteResult> {
  return prisma.$transaction(async (tx) => {
    const fileError = await checkMediaRef(tx, input.mediaId, isMapFile, MAP_FILE_MESSAGE);
    if (fileError) return { ok: false, reason: 'invalid', errors: { mediaId: [fileError] } } as const;
    const row = await tx.mapDocument.create({ data: input, select: staffMapSelect });
    await recordAudit(
      { actor, action: 'map.create', entityType: 'MapDocument', entityId: row.id, summary: { title: row.title, published: row.published } },
      tx,
    );
    return { ok: true, document: toStaffMap(row) } as const;
  });
}

export async function updateMapDocument(id: string, input: MapDocumentInput, actor: SessionUser): Promise<MapWriteResult> {
  if (!isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    const before = await tx.mapDocument.findUnique({ where: { id }, select: { title: true, published: true, mediaId: true, sortOrder: true } });
    if (!before) return { ok: false, reason: 'notFound' } as const;
    const fileError = await checkMediaRef(tx, input.mediaId, isMapFile, MAP_FILE_MESSAGE);
    if (fileError) return { ok: false, reason: 'invalid', errors: { mediaId: [fileError] } } as const;
    const row = await tx.mapDocument.update({ where: { id }, data: input, select: staffMapSelect });
    await recordAudit(
      {
        actor,
        action: before.published !== input.published ? (input.published ? 'map.publish' : 'map.unpublish') : 'map.update',
        entityType: 'MapDocument',
        entityId: id,
        summary: { before, after: { title: row.title, published: row.published, mediaId: row.mediaId, sortOrder: row.sortOrder } },
      },
      tx,
    );
    return { ok: true, document: toStaffMap(row) } as const;
  });
}

export async function setMapDocumentPublished(id: string, published: boolean, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.mapDocument.findUnique({ where: { id }, select: { title: true } });
    if (!row) return false;
    await tx.mapDocument.update({ where: { id }, data: { published } });
    await recordAudit({ actor, action: published ? 'map.publish' : 'map.unpublish', entityType: 'MapDocument', entityId: id, summary: row }, tx);
    return true;
  });
}

export async function deleteMapDocument(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.mapDocument.findUnique({ where: { id }, select: { title: true } });
    if (!row) return false;
    await tx.mapDocument.delete({ where: { id } });
    await recordAudit({ actor, action: 'map.delete', entityType: 'MapDocument', entityId: id, summary: row }, tx);
    return true;
  });
}

/** Sets the order to exactly `ids` (which must list every document once). */
export async function reorderMapDocuments(ids: readonly string[], actor: SessionUser): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.mapDocument.findMany({ select: { id: true } });
    const known = new Set(existing.map((row) => row.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) return false;
    for (const [index, id] of ids.entries()) await tx.mapDocument.update({ where: { id }, data: { sortOrder: index } });
    await recordAudit({ actor, action: 'map.reorder', entityType: 'MapDocument', summary: { order: [...ids] } }, tx);
    return true;
  });
}
