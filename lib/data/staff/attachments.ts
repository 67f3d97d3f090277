import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { OFFICE_MIME_TYPES } from '@/lib/media/sniff';

// Attached files (legal documents, projects): PDFs and Word documents from the media library.

export const isAttachableFile = (mimeType: string) => mimeType === 'application/pdf' || OFFICE_MIME_TYPES.includes(mimeType);

/** Null when every id is a library PDF/Word file; otherwise the Vietnamese error. */
export async function checkAttachments(db: Pick<Prisma.TransactionClient, 'media'>, ids: readonly string[]): Promise<string | null> {
  if (new Set(ids).size !== ids.length) return 'Một tệp được đính kèm hai lần.';
  if (ids.length === 0) return null;
  const rows = await db.media.findMany({ where: { id: { in: [...ids] } }, select: { mimeType: true } });
  if (rows.length !== ids.length || !rows.every((row) => isAttachableFile(row.mimeType))) {
    return 'Tệp đính kèm phải là tài liệu PDF hoặc văn bản Word (DOC, DOCX) trong thư viện.';
  }
  return null;
}

/** The attached files of a record, in their order, with what an AttachmentDto needs. */
export const attachmentsSelect = {
  orderBy: { sortOrder: 'asc' },
  select: { media: { select: { id: true, storageKey: true, mimeType: true, originalName: true } } },
} as const;

export interface AttachmentDto {
  id: string;
  url: string;
  mimeType: string;
  originalName: string;
}
