import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import type { CommuneInput } from '@/lib/validation/commune';
import { recordAudit } from './audit';
import { isUuid } from './media';

// The commune list for staff ('commune.manage').

const staffSelect = {
  id: true,
  name: true,
  kind: true,
  formerDistrict: true,
  verified: true,
  source: true,
  _count: { select: { clusters: true, projects: true, officials: true } },
} satisfies Prisma.CommuneSelect;
export type StaffCommune = Prisma.CommuneGetPayload<{ select: typeof staffSelect }>;

export async function listStaffCommunes(): Promise<StaffCommune[]> {
  return prisma.commune.findMany({ orderBy: { name: 'asc' }, select: staffSelect });
}

export async function getStaffCommune(id: string): Promise<StaffCommune | null> {
  return isUuid(id) ? prisma.commune.findUnique({ where: { id }, select: staffSelect }) : null;
}

/** Null when `id` is empty or a commune; otherwise the Vietnamese error (for forms that point to one). */
export async function checkCommuneRef(db: Pick<Prisma.TransactionClient, 'commune'>, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await db.commune.findUnique({ where: { id }, select: { id: true } })) ? null : 'Xã, phường này không còn trong danh sách, hãy tải lại trang.';
}

export type CommuneWriteResult =
  { ok: true; commune: StaffCommune } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

export async function saveCommune(id: string | null, input: CommuneInput, actor: SessionUser): Promise<CommuneWriteResult> {
  if (id !== null && !isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    if (id && !(await tx.commune.findUnique({ where: { id }, select: { id: true } }))) return { ok: false, reason: 'notFound' } as const;
    if (await tx.commune.findFirst({ where: { name: input.name, ...(id ? { id: { not: id } } : {}) }, select: { id: true } })) {
      return { ok: false, reason: 'invalid', errors: { name: [`"${input.name}" đã có trong danh sách.`] } } as const;
    }
    const saved = id
      ? await tx.commune.update({ where: { id }, data: input, select: staffSelect })
      : await tx.commune.create({ data: input, select: staffSelect });
    await recordAudit(
      { actor, action: id ? 'commune.update' : 'commune.create', entityType: 'Commune', entityId: saved.id, summary: { name: input.name, kind: input.kind } },
      tx,
    );
    return { ok: true, commune: saved } as const;
  });
}

/** Deletes the entry; clusters, projects and contacts that pointed to it keep no commune. */
export async function deleteCommune(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.commune.findUnique({ where: { id }, select: { name: true } });
    if (!row) return false;
    await tx.commune.delete({ where: { id } });
    await recordAudit({ actor, action: 'commune.delete', entityType: 'Commune', entityId: id, summary: row }, tx);
    return true;
  });
}
