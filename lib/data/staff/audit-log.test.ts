import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { vietnamDayBound, auditFilterSchema } from '@/lib/validation/audit-filter';
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditLog } from './audit-log';
import { recordAudit } from './audit';

describe('listAuditLog', () => {
  it('filters by action, actor and Vietnamese calendar day, and paginates newest first', async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i += 1) {
      await prisma.auditLog.create({
        data: { action: 'linkedSite.update', entityType: 'LinkedSite', actorEmail: 'a@test.local', createdAt: new Date(Date.UTC(2026, 10, 20, 12, 0, i)) },
      });
    }
    // 23:30 on 21/11 in Hà Nội is 16:30 UTC the same day; 00:30 on 22/11 there is 17:30 UTC on 21/11.
    await prisma.auditLog.create({
      data: { action: 'auth.signIn', entityType: 'User', actorEmail: 'b@test.local', createdAt: new Date('2026-11-21T16:30:00Z') },
    });
    await prisma.auditLog.create({
      data: { action: 'auth.signIn', entityType: 'User', actorEmail: 'B@test.local', createdAt: new Date('2026-11-21T17:30:00Z') },
    });
    await recordAudit({ actor: null, action: 'settings.update', entityType: 'SiteSetting', ip: null });

    const all = await listAuditLog({ page: 1 });
    expect(all.total).toBe(AUDIT_PAGE_SIZE + 8);
    expect(all.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(all.rows[0]?.action).toBe('settings.update');
    const second = await listAuditLog({ page: 2 });
    expect(second.rows).toHaveLength(8);
    expect(second.pageCount).toBe(2);

    expect((await listAuditLog({ page: 1, action: 'auth.signIn' })).total).toBe(2);
    expect((await listAuditLog({ page: 1, actor: 'b@TEST' })).total).toBe(2);
    const day = await listAuditLog({ page: 1, from: vietnamDayBound('2026-11-21', false), to: vietnamDayBound('2026-11-21', true) });
    expect(day.rows.map((row) => row.createdAt.toISOString())).toEqual(['2026-11-21T16:30:00.000Z']);
    expect(await listAuditActions()).toEqual(['auth.signIn', 'linkedSite.update', 'settings.update']);
  });

  it('drops malformed filter values instead of failing', () => {
    expect(auditFilterSchema.parse({ action: "x'; drop", from: '21/11/2026', page: '-3' })).toEqual({
      action: undefined,
      actor: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });
});
