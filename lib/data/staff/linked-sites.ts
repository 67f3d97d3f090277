import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import type { LinkedSiteInput } from '@/lib/validation/linked-sites';
import { recordAudit } from './audit';
import { isPermutation } from '@/lib/ordering/move';

export interface AdminLinkedSite {
  id: string;
  name: string;
  url: string;
  active: boolean;
  sortOrder: number;
}

const select = { id: true, name: true, url: true, active: true, sortOrder: true } as const;
const order = [{ sortOrder: 'asc' as const }, { name: 'asc' as const }];

export async function listLinkedSites(): Promise<AdminLinkedSite[]> {
  return prisma.linkedSite.findMany({ select, orderBy: order });
}

export async function createLinkedSite(input: LinkedSiteInput, actor: SessionUser): Promise<AdminLinkedSite> {
  return prisma.$transaction(async (tx) => {
    const last = await tx.linkedSite.aggregate({ _max: { sortOrder: true } });
    const site = await tx.linkedSite.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? -1) + 1 }, select });
    await recordAudit({ actor, action: 'linkedSite.create', entityType: 'LinkedSite', entityId: site.id, summary: { ...input } }, tx);
    return site;
  });
}

/** Null when the site no longer exists. */
export async function updateLinkedSite(id: string, input: LinkedSiteInput, actor: SessionUser): Promise<AdminLinkedSite | null> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.linkedSite.findUnique({ where: { id }, select });
    if (!before) return null;
    const site = await tx.linkedSite.update({ where: { id }, data: input, select });
    await recordAudit(
      {
        actor,
        action: 'linkedSite.update',
        entityType: 'LinkedSite',
        entityId: id,
        summary: { before: { name: before.name, url: before.url }, after: { ...input } },
      },
      tx,
    );
    return site;
  });
}

export async function deleteLinkedSite(id: string, actor: SessionUser): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const site = await tx.linkedSite.findUnique({ where: { id }, select });
    if (!site) return false;
    await tx.linkedSite.delete({ where: { id } });
    await recordAudit({ actor, action: 'linkedSite.delete', entityType: 'LinkedSite', entityId: id, summary: { name: site.name, url: site.url } }, tx);
    return true;
  });
}

export async function setLinkedSiteActive(id: string, active: boolean, actor: SessionUser): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.linkedSite.updateMany({ where: { id }, data: { active } });
    if (count === 0) return false;
    await recordAudit({ actor, action: active ? 'linkedSite.activate' : 'linkedSite.deactivate', entityType: 'LinkedSite', entityId: id }, tx);
    return true;
  });
}

/** Applies a full new order; false when `ids` isn't exactly the current set of sites. */
export async function reorderLinkedSites(ids: readonly string[], actor: SessionUser): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const current = (await tx.linkedSite.findMany({ select: { id: true }, orderBy: order })).map((site) => site.id);
    if (!isPermutation(current, ids)) return false;
    for (const [index, id] of ids.entries()) await tx.linkedSite.update({ where: { id }, data: { sortOrder: index } });
    await recordAudit({ actor, action: 'linkedSite.reorder', entityType: 'LinkedSite', summary: { order: [...ids] } }, tx);
    return true;
  });
}
