import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { workingDaysUntil } from '@/lib/citizens/working-days';
import { formatVietnamDateTime, parseVietnamDateTime } from '@/lib/citizens/vietnam-time';
import { upcomingNotices } from '@/lib/data/maintenance';
import { isReaderRequest, maintenanceHtml, retryAfterSeconds, watchMaintenance } from '@/lib/server/maintenance';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { deleteMaintenanceAction, scheduleMaintenanceAction } from './maintenance';

const DAY = 86_400_000;
const at = (offsetMs: number) => formatVietnamDateTime(new Date(Date.now() + offsetMs));

describe('dates and working days', () => {
  it('reads dd/mm/yyyy hh:mm in Vietnam time and refuses impossible dates', () => {
    expect(parseVietnamDateTime('06/12/2026 08:30')?.toISOString()).toBe('2026-12-06T01:30:00.000Z');
    expect(parseVietnamDateTime('1/1/2027')?.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    for (const bad of ['31/02/2027 08:00', '2026-12-06', '06/13/2026', '06/12/2026 24:00', '']) expect(parseVietnamDateTime(bad), bad).toBeNull();
    expect(formatVietnamDateTime(new Date('2026-12-06T01:30:00Z'))).toBe('06/12/2026 08:30');
  });

  it('counts working days without weekends and public holidays', () => {
    // After Friday 24/4/2026, before Friday 8/5: Mon 27, Tue 28, Wed 29 (30/4 and 1/5 are holidays), Mon 4 – Thu 7.
    expect(workingDaysUntil(new Date('2026-05-08T02:00:00Z'), new Date('2026-04-24T02:00:00Z'))).toBe(7);
    expect(workingDaysUntil(new Date('2026-12-21T02:00:00Z'), new Date('2026-12-07T02:00:00Z'))).toBe(9);
  });
});

describe('scheduling a suspension', () => {
  it('is for ADMIN only', async () => {
    const input = formData({ message: 'Bảo trì hệ thống máy chủ.', publishAt: at(0), startsAt: at(20 * DAY), endsAt: at(20 * DAY + 3_600_000) });
    await signedInAs('EDITOR');
    await expectForbidden(scheduleMaintenanceAction(null, input));
    await actAs(null);
    await expectUnauthorized(scheduleMaintenanceAction(null, input));
  });

  it('saves, warns under 7 working days, shows on the banner list, and invalidates the pages', async () => {
    await signedInAs('ADMIN');
    invalidatedTags.length = 0;
    const far = await scheduleMaintenanceAction(
      null,
      formData({ message: 'Nâng cấp cơ sở dữ liệu.', publishAt: at(-60_000), startsAt: at(30 * DAY), endsAt: at(30 * DAY + 7_200_000) }),
    );
    expect(far).toMatchObject({ ok: true, message: 'Đã lên lịch thông báo tạm ngừng.', data: { warning: false } });
    expect(invalidatedTags).toContain('maintenance-notices');
    const soon = await scheduleMaintenanceAction(
      null,
      formData({ message: 'Bảo trì khẩn cấp đường truyền.', publishAt: at(-60_000), startsAt: at(2 * DAY), endsAt: at(2 * DAY + 3_600_000) }),
    );
    expect(soon).toMatchObject({ ok: true, data: { warning: true } });
    expect(soon.message).toMatch(/ít hơn 7 ngày làm việc/);
    expect((await upcomingNotices()).map((notice) => notice.message)).toEqual(
      expect.arrayContaining(['Nâng cấp cơ sở dữ liệu.', 'Bảo trì khẩn cấp đường truyền.']),
    );
  });

  it('refuses bad input in Vietnamese without saving', async () => {
    await signedInAs('ADMIN');
    const before = await prisma.maintenanceNotice.count();
    const result = await scheduleMaintenanceAction(null, formData({ message: 'ngắn', publishAt: 'mai', startsAt: at(3 * DAY), endsAt: at(2 * DAY) }));
    expect(result.errors).toMatchObject({ message: ['Nội dung thông báo cần ít nhất 10 ký tự.'], publishAt: [expect.stringMatching(/dd\/mm\/yyyy/)] });
    const order = await scheduleMaintenanceAction(
      null,
      formData({ message: 'Bảo trì hệ thống máy chủ.', publishAt: at(0), startsAt: at(3 * DAY), endsAt: at(2 * DAY) }),
    );
    expect(order.errors?.endsAt).toEqual(['Thời điểm kết thúc phải sau thời điểm bắt đầu.']);
    expect(await prisma.maintenanceNotice.count()).toBe(before);
    expect(await deleteMaintenanceAction(null, formData({ id: 'x' }))).toMatchObject({ ok: false });
    expect(await deleteMaintenanceAction(null, formData({ id: '00000000-0000-4000-8000-000000000000' }))).toMatchObject({
      ok: false,
      message: 'Thông báo không còn tồn tại.',
    });
  });
});

describe('maintenance mode in the production server', () => {
  it('turns away readers only, with the notice escaped and a Retry-After', async () => {
    expect(isReaderRequest({ url: '/', headers: {} })).toBe(true);
    expect(isReaderRequest({ url: '/tin-tuc/x', headers: { cookie: 'a=1' } })).toBe(true);
    expect(isReaderRequest({ url: '/dang-nhap?callbackUrl=%2Fquan-tri', headers: {} })).toBe(false);
    expect(isReaderRequest({ url: '/api/auth/callback/credentials', headers: {} })).toBe(false);
    expect(isReaderRequest({ url: '/_next/static/chunks/a.js', headers: {} })).toBe(false);
    expect(isReaderRequest({ url: '/', headers: { cookie: 'next-auth.session-token=abc' } })).toBe(false);
    const notice = { message: 'Bảo trì <script>alert(1)</script>', endsAt: new Date(Date.now() + 2 * 3_600_000) };
    expect(maintenanceHtml(notice)).toContain('Bảo trì &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(maintenanceHtml(notice)).not.toContain('<script>');
    expect(retryAfterSeconds(notice)).toBeGreaterThan(7_000);
    expect(retryAfterSeconds({ ...notice, endsAt: new Date(Date.now() + 1_000) })).toBe(60);
  });

  it('reads the notice in force from PostgreSQL', async () => {
    const watch = watchMaintenance(process.env.DATABASE_URL);
    try {
      await watch.refresh();
      expect(watch.current()).toBeNull();
      const row = await prisma.maintenanceNotice.create({
        data: {
          message: 'Đang bảo trì.',
          publishAt: new Date(Date.now() - DAY),
          startsAt: new Date(Date.now() - 60_000),
          endsAt: new Date(Date.now() + 3_600_000),
        },
      });
      await watch.refresh();
      expect(watch.current()).toMatchObject({ message: 'Đang bảo trì.' });
      await prisma.maintenanceNotice.delete({ where: { id: row.id } });
      await watch.refresh();
      expect(watch.current()).toBeNull();
    } finally {
      await watch.stop();
    }
  });
});
