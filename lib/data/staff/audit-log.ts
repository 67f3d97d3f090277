import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: string;
  /** Part of the actor's email. */
  actor?: string;
  /** Inclusive bounds (already converted to instants by the caller). */
  from?: Date;
  to?: Date;
  page: number;
}

export interface AuditRow {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: Prisma.JsonValue;
  ip: string | null;
}

export async function listAuditLog(filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number; pageCount: number }> {
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: 'insensitive' } } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        actorEmail: true,
        action: true,
        entityType: true,
        entityId: true,
        summary: true,
        ip: true,
        actor: { select: { name: true } },
      },
    }),
  ]);
  return {
    rows: rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null })),
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

/** Every action name recorded so far, for the filter's select box. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } });
  return rows.map((row) => row.action);
}

/** The latest entries, optionally only one actor's (dashboard). */
export async function recentAudit(limit: number, actorId?: string): Promise<AuditRow[]> {
  const rows = await prisma.auditLog.findMany({
    where: actorId ? { actorId } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      createdAt: true,
      actorEmail: true,
      action: true,
      entityType: true,
      entityId: true,
      summary: true,
      ip: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null }));
}
