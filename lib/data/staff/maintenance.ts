import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from './audit';

export async function listMaintenanceNotices() {
  return prisma.maintenanceNotice.findMany({
    orderBy: { startsAt: 'desc' },
    take: 50,
    select: { id: true, message: true, publishAt: true, startsAt: true, endsAt: true },
  });
}

export async function createMaintenanceNotice(input: { message: string; publishAt: Date; startsAt: Date; endsAt: Date }, actor: SessionUser): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.maintenanceNotice.create({ data: input, select: { id: true } });
    await recordAudit(
      {
        actor,
        action: 'maintenance.schedule',
        entityType: 'MaintenanceNotice',
        entityId: row.id,
        summary: { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() },
      },
      tx,
    );
    return row.id;
  });
}

export async function deleteMaintenanceNotice(id: string, actor: SessionUser): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.maintenanceNotice.deleteMany({ where: { id } });
    if (count === 1) await recordAudit({ actor, action: 'maintenance.delete', entityType: 'MaintenanceNotice', entityId: id }, tx);
    return count === 1;
  });
}
