import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { projectSelect } from '../projects';
import type { SessionUser } from '@/lib/auth/session-user';
import { mediaUrl } from '@/lib/media/urls';
import type { ProjectInput } from '@/lib/validation/project';
import { checkAttachments, type AttachmentDto } from './attachments';
import { recordAudit } from './audit';
import { isUuid } from './media';
import { checkCommuneRef } from './communes';

// Plans, programmes and projects for staff ('project.manage').

const staffSelect = { ...projectSelect, published: true, communeId: true } satisfies Prisma.ProjectSelect;

type StaffRow = Prisma.ProjectGetPayload<{ select: typeof staffSelect }>;
export interface StaffProject extends Omit<StaffRow, 'attachments'> {
  attachments: AttachmentDto[];
}

const toStaff = ({ attachments, ...rest }: StaffRow): StaffProject => ({
  ...rest,
  attachments: attachments.map(({ media }) => ({ id: media.id, url: mediaUrl(media.storageKey), mimeType: media.mimeType, originalName: media.originalName })),
});

export async function listStaffProjects(): Promise<StaffProject[]> {
  return (await prisma.project.findMany({ orderBy: [{ startYear: 'desc' }, { title: 'asc' }], select: staffSelect })).map(toStaff);
}

export async function getStaffProject(id: string): Promise<StaffProject | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.project.findUnique({ where: { id }, select: staffSelect });
  return row ? toStaff(row) : null;
}

export type ProjectWriteResult =
  { ok: true; project: StaffProject } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

async function validateRefs(tx: Prisma.TransactionClient, input: ProjectInput, id: string | null): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  const attachmentError = await checkAttachments(tx, input.attachmentIds);
  if (attachmentError) errors.attachmentIds = [attachmentError];
  const communeError = await checkCommuneRef(tx, input.communeId);
  if (communeError) errors.communeId = [communeError];
  if (await tx.project.findFirst({ where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } })) {
    errors.slug = [`Đường dẫn "${input.slug}" đã được dùng.`];
  }
  return Object.keys(errors).length ? errors : null;
}

async function save(tx: Prisma.TransactionClient, id: string | null, input: ProjectInput): Promise<string> {
  const { attachmentIds, ...data } = input;
  const saved = id ? await tx.project.update({ where: { id }, data, select: { id: true } }) : await tx.project.create({ data, select: { id: true } });
  await tx.projectAttachment.deleteMany({ where: { projectId: saved.id } });
  if (attachmentIds.length)
    await tx.projectAttachment.createMany({ data: attachmentIds.map((mediaId, sortOrder) => ({ projectId: saved.id, mediaId, sortOrder })) });
  return saved.id;
}

export async function saveProject(id: string | null, input: ProjectInput, actor: SessionUser): Promise<ProjectWriteResult> {
  if (id !== null && !isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    const before = id ? await tx.project.findUnique({ where: { id }, select: { title: true, published: true } }) : null;
    if (id && !before) return { ok: false, reason: 'notFound' } as const;
    const errors = await validateRefs(tx, input, id);
    if (errors) return { ok: false, reason: 'invalid', errors } as const;
    const savedId = await save(tx, id, input);
    const action = !before
      ? 'project.create'
      : before.published !== input.published
        ? input.published
          ? 'project.publish'
          : 'project.unpublish'
        : 'project.update';
    await recordAudit({ actor, action, entityType: 'Project', entityId: savedId, summary: { title: input.title, published: input.published } }, tx);
    return { ok: true, project: toStaff(await tx.project.findUniqueOrThrow({ where: { id: savedId }, select: staffSelect })) } as const;
  });
}

export async function deleteProject(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.project.findUnique({ where: { id }, select: { title: true } });
    if (!row) return false;
    await tx.project.delete({ where: { id } });
    await recordAudit({ actor, action: 'project.delete', entityType: 'Project', entityId: id, summary: row }, tx);
    return true;
  });
}
