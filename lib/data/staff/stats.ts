import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { RETENTION_SETTING } from '../page-views';
import { recordAudit } from './audit';

/** How long raw page-view rows are kept (daily aggregates are kept for ever). */
export async function setRetentionDays(days: number, actor: SessionUser): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.siteSetting.upsert({
      where: { key: RETENTION_SETTING },
      create: { key: RETENTION_SETTING, value: String(days) },
      update: { value: String(days) },
    });
    await recordAudit({ actor, action: 'stats.retention', entityType: 'SiteSetting', entityId: RETENTION_SETTING, summary: { days } }, tx);
  });
}
