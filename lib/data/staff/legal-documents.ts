import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import type { LegalDocumentTypeCode } from '@/lib/decree/legal-documents';
import { mediaUrl } from '@/lib/media/urls';
import type { LegalDocumentInput } from '@/lib/validation/legal-document';
import { attachmentsSelect, checkAttachments, type AttachmentDto } from './attachments';
import { recordAudit } from './audit';
import { isUuid } from './media';

// Legal documents for staff (EDITOR, ADMIN: 'legalDocument.manage'). Public reads live in
// lib/data/legal-documents.ts.

const staffSelect = {
  id: true,
  documentType: true,
  number: true,
  issuingBody: true,
  signer: true,
  issuedOn: true,
  effectiveOn: true,
  expiresOn: true,
  replacedById: true,
  summary: true,
  field: true,
  published: true,
  updatedAt: true,
  attachments: attachmentsSelect,
} satisfies Prisma.LegalDocumentSelect;

type StaffRow = Prisma.LegalDocumentGetPayload<{ select: typeof staffSelect }>;

export interface StaffLegalDocument extends Omit<StaffRow, 'attachments' | 'documentType'> {
  documentType: LegalDocumentTypeCode;
  attachments: AttachmentDto[];
}

function toStaff(row: StaffRow): StaffLegalDocument {
  const { attachments, ...rest } = row;
  return {
    ...rest,
    attachments: attachments.map(({ media }) => ({
      id: media.id,
      url: mediaUrl(media.storageKey),
      mimeType: media.mimeType,
      originalName: media.originalName,
    })),
  };
}

export async function listStaffLegalDocuments(): Promise<StaffLegalDocument[]> {
  const rows = await prisma.legalDocument.findMany({ orderBy: [{ issuedOn: 'desc' }, { number: 'asc' }], select: staffSelect });
  return rows.map(toStaff);
}

export async function getStaffLegalDocument(id: string): Promise<StaffLegalDocument | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.legalDocument.findUnique({ where: { id }, select: staffSelect });
  return row ? toStaff(row) : null;
}

/** Choices for "replaced by": every other document. */
export async function legalDocumentChoices(exceptId?: string): Promise<{ id: string; number: string }[]> {
  return prisma.legalDocument.findMany({ where: exceptId ? { id: { not: exceptId } } : {}, select: { id: true, number: true }, orderBy: { issuedOn: 'desc' } });
}

export type LegalDocumentWriteResult =
  { ok: true; document: StaffLegalDocument } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

type Tx = Prisma.TransactionClient;

async function validateRefs(tx: Tx, input: LegalDocumentInput, id: string | null): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  const attachmentError = await checkAttachments(tx, input.attachmentIds);
  if (attachmentError) errors.attachmentIds = [attachmentError];
  if (input.replacedById) {
    if (input.replacedById === id) errors.replacedById = ['Văn bản không thể thay thế chính nó.'];
    else if (!(await tx.legalDocument.findUnique({ where: { id: input.replacedById }, select: { id: true } })))
      errors.replacedById = ['Văn bản thay thế không còn tồn tại.'];
  }
  const clash = await tx.legalDocument.findFirst({ where: { number: input.number, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  if (clash) errors.number = [`Đã có văn bản số ${input.number}.`];
  return Object.keys(errors).length ? errors : null;
}

function fields(input: LegalDocumentInput) {
  const { attachmentIds: _attachments, ...rest } = input;
  return rest;
}

async function setAttachments(tx: Tx, documentId: string, ids: readonly string[]): Promise<void> {
  await tx.legalDocumentAttachment.deleteMany({ where: { documentId } });
  if (ids.length) await tx.legalDocumentAttachment.createMany({ data: ids.map((mediaId, sortOrder) => ({ documentId, mediaId, sortOrder })) });
}

export async function createLegalDocument(input: LegalDocumentInput, actor: SessionUser): Promise<LegalDocumentWriteResult> {
  return prisma.$transaction(async (tx) => {
    const errors = await validateRefs(tx, input, null);
    if (errors) return { ok: false, reason: 'invalid', errors } as const;
    const { id } = await tx.legalDocument.create({ data: fields(input), select: { id: true } });
    await setAttachments(tx, id, input.attachmentIds);
    await recordAudit(
      { actor, action: 'legalDocument.create', entityType: 'LegalDocument', entityId: id, summary: { number: input.number, published: input.published } },
      tx,
    );
    return { ok: true, document: toStaff(await tx.legalDocument.findUniqueOrThrow({ where: { id }, select: staffSelect })) } as const;
  });
}

export async function updateLegalDocument(id: string, input: LegalDocumentInput, actor: SessionUser): Promise<LegalDocumentWriteResult> {
  if (!isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    const before = await tx.legalDocument.findUnique({ where: { id }, select: { number: true, published: true } });
    if (!before) return { ok: false, reason: 'notFound' } as const;
    const errors = await validateRefs(tx, input, id);
    if (errors) return { ok: false, reason: 'invalid', errors } as const;
    await tx.legalDocument.update({ where: { id }, data: fields(input) });
    await setAttachments(tx, id, input.attachmentIds);
    const action = before.published !== input.published ? (input.published ? 'legalDocument.publish' : 'legalDocument.unpublish') : 'legalDocument.update';
    await recordAudit(
      { actor, action, entityType: 'LegalDocument', entityId: id, summary: { before, after: { number: input.number, published: input.published } } },
      tx,
    );
    return { ok: true, document: toStaff(await tx.legalDocument.findUniqueOrThrow({ where: { id }, select: staffSelect })) } as const;
  });
}

export async function deleteLegalDocument(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.legalDocument.findUnique({ where: { id }, select: { number: true } });
    if (!row) return false;
    await tx.legalDocument.delete({ where: { id } });
    await recordAudit({ actor, action: 'legalDocument.delete', entityType: 'LegalDocument', entityId: id, summary: row }, tx);
    return true;
  });
}
