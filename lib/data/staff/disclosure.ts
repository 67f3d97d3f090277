import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { mediaUrl } from '@/lib/media/urls';
import type { CatalogEntryInput, DisclosureInput } from '@/lib/validation/disclosure';
import { attachmentsSelect, checkAttachments, type AttachmentDto } from './attachments';
import { recordAudit } from './audit';
import { isUuid } from './media';

// Public-disclosure items and the catalog of what must be published, for staff ('disclosure.manage').

const staffSelect = {
  id: true,
  kind: true,
  title: true,
  slug: true,
  year: true,
  publishedOn: true,
  summary: true,
  reportKind: true,
  owner: true,
  estimatedValueMillionVnd: true,
  method: true,
  selectionTime: true,
  procurementStatus: true,
  result: true,
  published: true,
  updatedAt: true,
  attachments: attachmentsSelect,
} satisfies Prisma.DisclosureItemSelect;

type StaffRow = Prisma.DisclosureItemGetPayload<{ select: typeof staffSelect }>;
export interface StaffDisclosureItem extends Omit<StaffRow, 'attachments'> {
  attachments: AttachmentDto[];
}

const toStaff = ({ attachments, ...rest }: StaffRow): StaffDisclosureItem => ({
  ...rest,
  attachments: attachments.map(({ media }) => ({ id: media.id, url: mediaUrl(media.storageKey), mimeType: media.mimeType, originalName: media.originalName })),
});

export async function listStaffDisclosureItems(): Promise<StaffDisclosureItem[]> {
  return (await prisma.disclosureItem.findMany({ orderBy: [{ publishedOn: 'desc' }, { title: 'asc' }], select: staffSelect })).map(toStaff);
}

export async function getStaffDisclosureItem(id: string): Promise<StaffDisclosureItem | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.disclosureItem.findUnique({ where: { id }, select: staffSelect });
  return row ? toStaff(row) : null;
}

export type DisclosureWriteResult =
  { ok: true; item: StaffDisclosureItem } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

export async function saveDisclosureItem(id: string | null, input: DisclosureInput, actor: SessionUser): Promise<DisclosureWriteResult> {
  if (id !== null && !isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    const before = id ? await tx.disclosureItem.findUnique({ where: { id }, select: { published: true } }) : null;
    if (id && !before) return { ok: false, reason: 'notFound' } as const;
    const errors: Record<string, string[]> = {};
    const attachmentError = await checkAttachments(tx, input.attachmentIds);
    if (attachmentError) errors.attachmentIds = [attachmentError];
    if (await tx.disclosureItem.findFirst({ where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } }))
      errors.slug = [`Đường dẫn "${input.slug}" đã được dùng.`];
    if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors } as const;
    const { attachmentIds, publishedOn, ...fields } = input;
    // Procurement columns are kept only for bidding notices.
    const procurement =
      input.kind === 'PROCUREMENT' ? {} : { owner: '', estimatedValueMillionVnd: null, method: '', selectionTime: '', procurementStatus: null, result: '' };
    const data = { ...fields, ...procurement, publishedOn: new Date(`${publishedOn}T00:00:00Z`) };
    const saved = id
      ? await tx.disclosureItem.update({ where: { id }, data, select: { id: true } })
      : await tx.disclosureItem.create({ data, select: { id: true } });
    await tx.disclosureAttachment.deleteMany({ where: { itemId: saved.id } });
    if (attachmentIds.length)
      await tx.disclosureAttachment.createMany({ data: attachmentIds.map((mediaId, sortOrder) => ({ itemId: saved.id, mediaId, sortOrder })) });
    const action = !before
      ? 'disclosure.create'
      : before.published !== input.published
        ? input.published
          ? 'disclosure.publish'
          : 'disclosure.unpublish'
        : 'disclosure.update';
    await recordAudit(
      { actor, action, entityType: 'DisclosureItem', entityId: saved.id, summary: { title: input.title, kind: input.kind, published: input.published } },
      tx,
    );
    return { ok: true, item: toStaff(await tx.disclosureItem.findUniqueOrThrow({ where: { id: saved.id }, select: staffSelect })) } as const;
  });
}

export async function deleteDisclosureItem(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.disclosureItem.findUnique({ where: { id }, select: { title: true } });
    if (!row) return false;
    await tx.disclosureItem.delete({ where: { id } });
    await recordAudit({ actor, action: 'disclosure.delete', entityType: 'DisclosureItem', entityId: id, summary: row }, tx);
    return true;
  });
}

const catalogSelect = {
  id: true,
  title: true,
  legalBasis: true,
  location: true,
  sortOrder: true,
  published: true,
} satisfies Prisma.DisclosureCatalogEntrySelect;
export type StaffCatalogEntry = Prisma.DisclosureCatalogEntryGetPayload<{ select: typeof catalogSelect }>;

export async function listStaffCatalogEntries(): Promise<StaffCatalogEntry[]> {
  return prisma.disclosureCatalogEntry.findMany({ orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }], select: catalogSelect });
}

export async function getStaffCatalogEntry(id: string): Promise<StaffCatalogEntry | null> {
  return isUuid(id) ? prisma.disclosureCatalogEntry.findUnique({ where: { id }, select: catalogSelect }) : null;
}

export async function saveCatalogEntry(id: string | null, input: CatalogEntryInput, actor: SessionUser): Promise<StaffCatalogEntry | null> {
  if (id !== null && !isUuid(id)) return null;
  return prisma.$transaction(async (tx) => {
    if (id && !(await tx.disclosureCatalogEntry.findUnique({ where: { id }, select: { id: true } }))) return null;
    const saved = id
      ? await tx.disclosureCatalogEntry.update({ where: { id }, data: input, select: catalogSelect })
      : await tx.disclosureCatalogEntry.create({ data: input, select: catalogSelect });
    await recordAudit(
      {
        actor,
        action: id ? 'disclosureCatalog.update' : 'disclosureCatalog.create',
        entityType: 'DisclosureCatalogEntry',
        entityId: saved.id,
        summary: { title: input.title },
      },
      tx,
    );
    return saved;
  });
}

export async function deleteCatalogEntry(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.disclosureCatalogEntry.findUnique({ where: { id }, select: { title: true } });
    if (!row) return false;
    await tx.disclosureCatalogEntry.delete({ where: { id } });
    await recordAudit({ actor, action: 'disclosureCatalog.delete', entityType: 'DisclosureCatalogEntry', entityId: id, summary: row }, tx);
    return true;
  });
}
