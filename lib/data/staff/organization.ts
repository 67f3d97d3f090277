import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import type { OrganizationUnitInput } from '@/lib/validation/organization';
import { recordAudit } from './audit';
import { isUuid } from './media';

// The organisation chart for staff ('organization.manage'): units with a parent, kept a tree.

const select = { id: true, name: true, parentId: true, duties: true, head: true, phone: true, email: true, sortOrder: true, published: true } as const;
export interface StaffOrganizationUnit extends OrganizationUnitInput {
  id: string;
}

export async function listStaffOrganizationUnits(): Promise<StaffOrganizationUnit[]> {
  return prisma.organizationUnit.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select });
}

/** Creates (id null) or updates; refuses a parent that is missing or lies under the unit itself. */
export async function saveOrganizationUnit(
  id: string | null,
  input: OrganizationUnitInput,
  actor: SessionUser,
): Promise<{ ok: true; unit: StaffOrganizationUnit } | { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> }> {
  if (id !== null && !isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    // Serialises tree edits: two moves that together would make a cycle can't both pass the check.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('organization_units'))`;
    if (id && !(await tx.organizationUnit.findUnique({ where: { id }, select: { id: true } }))) return { ok: false, reason: 'notFound' } as const;
    if (input.parentId) {
      const parentError = {
        ok: false as const,
        reason: 'invalid' as const,
        errors: { parentId: ['Không thể đặt một đơn vị dưới chính nó hoặc dưới đơn vị cấp dưới của nó.'] },
      };
      if (input.parentId === id) return parentError;
      // Walk up from the new parent: reaching the unit itself means a cycle.
      const ancestors = await tx.$queryRaw<{ id: string }[]>`
        WITH RECURSIVE up AS (
          SELECT id, parent_id, 1 AS depth FROM organization_units WHERE id = ${input.parentId}::uuid
          UNION ALL
          SELECT u.id, u.parent_id, up.depth + 1 FROM organization_units u JOIN up ON u.id = up.parent_id WHERE up.depth < 100
        )
        SELECT id::text FROM up`;
      if (ancestors.length === 0) return { ok: false as const, reason: 'invalid' as const, errors: { parentId: ['Đơn vị cấp trên không còn tồn tại.'] } };
      if (id && ancestors.some((row) => row.id === id)) return parentError;
    }
    const unit = id ? await tx.organizationUnit.update({ where: { id }, data: input, select }) : await tx.organizationUnit.create({ data: input, select });
    await recordAudit(
      { actor, action: id ? 'organization.update' : 'organization.create', entityType: 'OrganizationUnit', entityId: unit.id, summary: { name: unit.name } },
      tx,
    );
    return { ok: true, unit } as const;
  });
}

/** Deletes a unit without sub-units; false when it is gone, 'hasChildren' when it still has some. */
export async function deleteOrganizationUnit(id: string, actor: SessionUser): Promise<boolean | 'hasChildren'> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('organization_units'))`;
    const row = await tx.organizationUnit.findUnique({ where: { id }, select: { name: true, _count: { select: { children: true } } } });
    if (!row) return false;
    if (row._count.children > 0) return 'hasChildren' as const;
    await tx.organizationUnit.delete({ where: { id } });
    await recordAudit({ actor, action: 'organization.delete', entityType: 'OrganizationUnit', entityId: id, summary: { name: row.name } }, tx);
    return true;
  });
}
