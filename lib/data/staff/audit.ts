import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { requestIp } from '@/lib/auth/client-ip';

export interface AuditActor {
  id: string | null;
  email: string;
}

export interface AuditEntry {
  /** Who did it; null for the system (scheduled publishing, seeding). */
  actor: AuditActor | null;
  /** Dotted verb, e.g. 'article.publish', 'linkedSite.update', 'auth.signInFailed'. */
  action: string;
  /** The model name, e.g. 'Article', 'LinkedSite', 'User', 'SiteSetting'. */
  entityType: string;
  entityId?: string | null;
  /** What changed (JSON). Never passwords, hashes or tokens. */
  summary?: Prisma.InputJsonValue;
  /** Client IP; leave undefined to take it from the current request (null when there is none). */
  ip?: string | null;
}

type AuditClient = Pick<Prisma.TransactionClient, 'auditLog'>;

/** Appends one audit log entry; pass a transaction client to make it part of the change it records. */
export async function recordAudit(entry: AuditEntry, db: AuditClient = prisma): Promise<void> {
  const ip = entry.ip === undefined ? await requestIp() : entry.ip;
  await db.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      summary: entry.summary ?? {},
      ip,
    },
  });
}
