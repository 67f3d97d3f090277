import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
import { NextRequest } from 'next/server';
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { countedPath, deviceClass, isBot, referrerHost } from '@/lib/citizens/user-agent';
import { vietnamDay } from '@/lib/citizens/vietnam-day';
import { actAs, expectForbidden, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { e2eLikeArticle } from '@/test/published-article';
import { GET as counters, POST as beacon } from '@/app/api/luot-xem/route';
import { GET as exportCsv } from '@/app/quan-tri/thong-ke/csv/route';
import { saveRetentionAction } from '@/lib/actions/stats';
import {
  bufferedPageViews,
  flushPageViews,
  forgetCountersMemo,
  mostReadArticlesSince,
  PAGE_VIEW_BATCH,
  purgeOldRows,
  recordPageView,
  retentionDays,
  topDimension,
  topPages,
  viewsPerDay,
} from './page-views';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

function send(body: unknown, userAgent = CHROME, ip = '203.0.113.10'): Promise<Response> {
  return beacon(
    new NextRequest('http://127.0.0.1:3000/api/luot-xem', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'user-agent': userAgent, 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    }),
  );
}

const today = () => vietnamDay();
async function dailyViews(path: string): Promise<number> {
  return (await prisma.pageViewDaily.findUnique({ where: { day_path: { day: today(), path } } }))?.views ?? 0;
}

beforeEach(async () => {
  await flushPageViews();
  forgetCountersMemo();
});

describe('classifying a beacon', () => {
  it('knows robots, devices, outside referrers and counted paths', () => {
    expect([CHROME, IPHONE].map(isBot)).toEqual([false, false]);
    for (const bot of [
      'Googlebot/2.1 (+http://www.google.com/bot.html)',
      'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/140.0',
      'curl/8.5.0',
      '',
      'python-requests/2.32.3',
      'facebookexternalhit/1.1',
    ])
      expect(isBot(bot), bot).toBe(true);
    expect([deviceClass(CHROME), deviceClass(IPHONE), deviceClass('Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X)')]).toEqual(['desktop', 'mobile', 'tablet']);
    expect(referrerHost('https://www.google.com/search?q=ccn', 'ccn.ninhbinh.gov.vn')).toBe('google.com');
    expect(referrerHost('https://ccn.ninhbinh.gov.vn/tin-tuc', 'ccn.ninhbinh.gov.vn')).toBe('');
    expect(referrerHost('javascript:alert(1)', 'x')).toBe('');
    expect([countedPath('/tin-tuc/a?x=1'), countedPath('/quan-tri'), countedPath('//evil'), countedPath('x'), countedPath('/hoi-dap/')]).toEqual([
      '/tin-tuc/a',
      null,
      null,
      null,
      '/hoi-dap',
    ]);
  });
});

describe('page-view beacon', () => {
  it('counts N concurrent beacons exactly once each after a flush, and no robot', async () => {
    const path = '/tin-tuc/dem-chinh-xac';
    const n = 1_234;
    const responses = await Promise.all(
      Array.from({ length: n }, (_, index) =>
        send({ path, referrer: index % 2 ? 'https://zalo.me/x' : '' }, index % 3 ? CHROME : IPHONE, `10.0.${index % 250}.${index % 7}`),
      ),
    );
    expect(responses.every((response) => response.status === 204)).toBe(true);
    const bots = await Promise.all(Array.from({ length: 50 }, () => send({ path }, 'Googlebot/2.1 (+http://www.google.com/bot.html)')));
    expect(bots.every((response) => response.status === 204)).toBe(true);
    await flushPageViews();
    expect(bufferedPageViews()).toBe(0);
    expect(await dailyViews(path)).toBe(n);
    expect(await prisma.pageView.count({ where: { path } })).toBe(n);
    const range = { from: today(), to: today() };
    expect((await topDimension(range, 'referrer')).find((row) => row.value === 'zalo.me')?.views).toBe(n / 2);
    const devices = Object.fromEntries((await topDimension(range, 'device')).map((row) => [row.value, row.views]));
    expect(devices.mobile).toBeGreaterThanOrEqual(Math.ceil(n / 3));
    // Nothing personal is stored.
    expect(
      JSON.stringify(await prisma.pageView.findMany({ where: { path }, select: { path: true, referrerHost: true, device: true, visitor: true } })),
    ).not.toMatch(/10\.0\.|Chrome|iPhone/);
  });

  it('writes in batches of PAGE_VIEW_BATCH.rows without waiting for the timer', async () => {
    const path = '/lo-ghi';
    for (let index = 0; index < PAGE_VIEW_BATCH.rows; index += 1)
      recordPageView({ path, referrerHost: '', device: 'desktop', visitor: 'v', viewedAt: new Date() });
    expect(bufferedPageViews()).toBe(0);
    await flushPageViews();
    expect(await dailyViews(path)).toBe(PAGE_VIEW_BATCH.rows);
  });

  it('adds up flushes from several instances at once (additive upserts)', async () => {
    const path = '/nhieu-may';
    const rows = (count: number) =>
      Array.from({ length: count }, () => ({ path, referrerHost: '', device: 'desktop' as const, visitor: 'v', viewedAt: new Date() }));
    for (const row of rows(40)) recordPageView(row);
    await Promise.all([flushPageViews(), flushPageViews()]);
    for (const row of rows(60)) recordPageView(row);
    await flushPageViews();
    expect(await dailyViews(path)).toBe(100);
  });

  it('refuses what is not a beacon and flushes on the timer too', async () => {
    expect((await send({ path: '/quan-tri' })).status).toBe(400);
    expect((await send({ path: 'https://evil.example/' })).status).toBe(400);
    expect((await beacon(new NextRequest('http://127.0.0.1:3000/api/luot-xem', { method: 'POST', headers: { 'user-agent': CHROME }, body: '{' }))).status).toBe(
      400,
    );
    expect(
      (
        await beacon(
          new NextRequest('http://127.0.0.1:3000/api/luot-xem', {
            method: 'POST',
            headers: { 'user-agent': CHROME, origin: 'https://evil.example' },
            body: '{"path":"/"}',
          }),
        )
      ).status,
    ).toBe(403);
    await send({ path: '/hen-gio' });
    await vi.waitFor(async () => expect(await dailyViews('/hen-gio')).toBe(1), { timeout: PAGE_VIEW_BATCH.flushMs * 3 });
  });

  it('gives the footer its figures: online now, today, this month, total', async () => {
    await send({ path: '/' }, CHROME, '192.0.2.77');
    await flushPageViews();
    forgetCountersMemo();
    const figures = (await (await counters()).json()) as { online: number; today: number; month: number; total: number };
    expect(figures.online).toBeGreaterThanOrEqual(1);
    expect(figures.today).toBeGreaterThan(1_234);
    expect(figures.month).toBeGreaterThanOrEqual(figures.today);
    expect(figures.total).toBeGreaterThanOrEqual(figures.month);
  });
});

describe('most read and the dashboard', () => {
  it('ranks published articles by views this week', async () => {
    const id = await e2eLikeArticle();
    const { slug } = await prisma.article.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    for (let index = 0; index < 3; index += 1) await send({ path: `/tin-tuc/${slug}` });
    await send({ path: '/tin-tuc/khong-ton-tai' });
    await flushPageViews();
    const top = await mostReadArticlesSince(today(), 5);
    expect(top[0]).toEqual({ slug, title: 'Bài được đánh giá', views: 3 });
    expect(top.map((row) => row.slug)).not.toContain('khong-ton-tai');
    expect((await topPages({ from: today(), to: today() })).map((row) => row.path)).toContain(`/tin-tuc/${slug}`);
    const days = await viewsPerDay({ from: new Date(today().getTime() - 2 * 86_400_000), to: today() });
    expect(days).toHaveLength(3);
    expect(days[2]!.views).toBeGreaterThan(0);
  });

  it('keeps raw rows for the retention period only (ADMIN sets it), aggregates stay', async () => {
    expect((['ADMIN', 'EDITOR', 'AUTHOR'] as const).map((role) => can(role, 'stats.manage'))).toEqual([true, false, false]);
    expect((['ADMIN', 'EDITOR', 'AUTHOR'] as const).map((role) => can(role, 'stats.view'))).toEqual([true, true, false]);
    await signedInAs('EDITOR');
    await expectForbidden(saveRetentionAction(null, formData({ retentionDays: '30' })));
    await signedInAs('ADMIN');
    expect(await saveRetentionAction(null, formData({ retentionDays: '3' }))).toMatchObject({ ok: false, errors: { retentionDays: ['Giữ ít nhất 7 ngày.'] } });
    expect(await saveRetentionAction(null, formData({ retentionDays: '30' }))).toMatchObject({ ok: true });
    expect(await retentionDays()).toBe(30);
    const old = new Date(Date.now() - 31 * 86_400_000);
    await prisma.pageView.create({ data: { path: '/cu', device: 'desktop', visitor: 'v', viewedAt: old } });
    await prisma.pageViewDaily.create({ data: { day: vietnamDay(old), path: '/cu', views: 1 } });
    expect(await purgeOldRows(new Date(), true)).toBeGreaterThanOrEqual(1);
    expect(await prisma.pageView.count({ where: { path: '/cu' } })).toBe(0);
    expect(await prisma.pageViewDaily.count({ where: { path: '/cu' } })).toBe(1);
  });

  it('exports CSV to EDITOR and ADMIN only', async () => {
    await actAs(null);
    expect((await exportCsv(new Request('http://127.0.0.1/quan-tri/thong-ke/csv'))).status).toBe(401);
    await signedInAs('AUTHOR');
    expect((await exportCsv(new Request('http://127.0.0.1/quan-tri/thong-ke/csv'))).status).toBe(403);
    await signedInAs('EDITOR');
    const bytes = Buffer.from(await (await exportCsv(new Request('http://127.0.0.1/quan-tri/thong-ke/csv?bang=trang'))).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toMatch(/^Trang,Lượt xem\r\n/);
    expect(text).toContain('/tin-tuc/dem-chinh-xac,1234');
    expect(await (await exportCsv(new Request('http://127.0.0.1/quan-tri/thong-ke/csv?tu=khong-phai-ngay'))).text()).toMatch(
      /^Ngày,Lượt xem\r\n(\d\d\/\d\d\/\d{4},\d+\r\n){30}$/,
    );
  });
});
