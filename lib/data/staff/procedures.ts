import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { mediaUrl } from '@/lib/media/urls';
import type { ProcedureInput } from '@/lib/validation/procedure';
import { checkAttachments, type AttachmentDto } from './attachments';
import { recordAudit } from './audit';
import { isUuid } from './media';

// Administrative procedures for staff ('procedure.manage'); the action checked the role, this
// layer checks references and writes the audit entry with the actor.

const staffSelect = {
  id: true,
  name: true,
  slug: true,
  code: true,
  field: true,
  agency: true,
  level: true,
  processingTime: true,
  fees: true,
  documents: true,
  steps: true,
  nationalPortalUrl: true,
  note: true,
  published: true,
  updatedAt: true,
  legalBasis: { orderBy: { sortOrder: 'asc' }, select: { documentId: true } },
  forms: { orderBy: { sortOrder: 'asc' }, select: { media: { select: { id: true, storageKey: true, mimeType: true, originalName: true } } } },
} satisfies Prisma.AdministrativeProcedureSelect;

type StaffRow = Prisma.AdministrativeProcedureGetPayload<{ select: typeof staffSelect }>;
export interface StaffProcedure extends Omit<StaffRow, 'legalBasis' | 'forms'> {
  legalBasisIds: string[];
  forms: AttachmentDto[];
}

const toStaff = ({ legalBasis, forms, ...rest }: StaffRow): StaffProcedure => ({
  ...rest,
  legalBasisIds: legalBasis.map((row) => row.documentId),
  forms: forms.map(({ media }) => ({ id: media.id, url: mediaUrl(media.storageKey), mimeType: media.mimeType, originalName: media.originalName })),
});

export async function listStaffProcedures(): Promise<StaffProcedure[]> {
  return (await prisma.administrativeProcedure.findMany({ orderBy: [{ field: 'asc' }, { name: 'asc' }], select: staffSelect })).map(toStaff);
}

export async function getStaffProcedure(id: string): Promise<StaffProcedure | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.administrativeProcedure.findUnique({ where: { id }, select: staffSelect });
  return row ? toStaff(row) : null;
}

/** Every legal document (published or not) an editor may cite as a procedure's legal basis. */
export async function legalBasisOptions(): Promise<{ id: string; number: string; summary: string; published: boolean }[]> {
  return prisma.legalDocument.findMany({
    orderBy: [{ issuedOn: 'desc' }, { number: 'asc' }],
    select: { id: true, number: true, summary: true, published: true },
  });
}

export type ProcedureWriteResult =
  { ok: true; procedure: StaffProcedure } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

async function validateRefs(tx: Prisma.TransactionClient, input: ProcedureInput, id: string | null): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  const formError = await checkAttachments(tx, input.formIds);
  if (formError) errors.formIds = [formError];
  const uniqueBasis = new Set(input.legalBasisIds);
  if (uniqueBasis.size !== input.legalBasisIds.length) errors.legalBasisIds = ['Một văn bản được chọn hai lần.'];
  else if (uniqueBasis.size && (await tx.legalDocument.count({ where: { id: { in: [...uniqueBasis] } } })) !== uniqueBasis.size) {
    errors.legalBasisIds = ['Văn bản căn cứ không còn tồn tại, hãy tải lại trang.'];
  }
  if (await tx.administrativeProcedure.findFirst({ where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } })) {
    errors.slug = [`Đường dẫn "${input.slug}" đã được dùng.`];
  }
  return Object.keys(errors).length ? errors : null;
}

export async function saveProcedure(id: string | null, input: ProcedureInput, actor: SessionUser): Promise<ProcedureWriteResult> {
  if (id !== null && !isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    const before = id ? await tx.administrativeProcedure.findUnique({ where: { id }, select: { published: true } }) : null;
    if (id && !before) return { ok: false, reason: 'notFound' } as const;
    const errors = await validateRefs(tx, input, id);
    if (errors) return { ok: false, reason: 'invalid', errors } as const;
    const { legalBasisIds, formIds, ...data } = input;
    const saved = id
      ? await tx.administrativeProcedure.update({ where: { id }, data, select: { id: true } })
      : await tx.administrativeProcedure.create({ data, select: { id: true } });
    await tx.procedureLegalBasis.deleteMany({ where: { procedureId: saved.id } });
    if (legalBasisIds.length)
      await tx.procedureLegalBasis.createMany({ data: legalBasisIds.map((documentId, sortOrder) => ({ procedureId: saved.id, documentId, sortOrder })) });
    await tx.procedureForm.deleteMany({ where: { procedureId: saved.id } });
    if (formIds.length) await tx.procedureForm.createMany({ data: formIds.map((mediaId, sortOrder) => ({ procedureId: saved.id, mediaId, sortOrder })) });
    const action = !before
      ? 'procedure.create'
      : before.published !== input.published
        ? input.published
          ? 'procedure.publish'
          : 'procedure.unpublish'
        : 'procedure.update';
    await recordAudit(
      { actor, action, entityType: 'AdministrativeProcedure', entityId: saved.id, summary: { name: input.name, published: input.published } },
      tx,
    );
    return { ok: true, procedure: toStaff(await tx.administrativeProcedure.findUniqueOrThrow({ where: { id: saved.id }, select: staffSelect })) } as const;
  });
}

export async function deleteProcedure(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.administrativeProcedure.findUnique({ where: { id }, select: { name: true } });
    if (!row) return false;
    await tx.administrativeProcedure.delete({ where: { id } });
    await recordAudit({ actor, action: 'procedure.delete', entityType: 'AdministrativeProcedure', entityId: id, summary: row }, tx);
    return true;
  });
}
