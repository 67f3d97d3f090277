import { expect, test } from '@playwright/test';
import { e2eDatabaseUrl, invalidateServerCaches } from './fixtures/env';
import { startInstance, type Instance } from './fixtures/instances';
import { waitForHydration } from './fixtures/hydration';
import { e2eAuthorId, paragraphHtml, portalDatabase, uniqueSuffix } from './fixtures/portal-data';
import { signIn, sql } from './editor-helpers';
import type { PrismaClient } from '../lib/database/client';

// A reader rates a page-cached article and the report shows it; page views from a browser reach
// the dashboard and "Tin đọc nhiều"; a robot's do not.

const suffix = uniqueSuffix();
const slug = (name: string) => `e2e-${name}-${suffix}`;
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
let prisma: PrismaClient;
// The e2e server has no page cache; the rating must work on a page served from it.
let cached: Instance;

test.beforeAll(async () => {
  prisma = portalDatabase();
  const authorId = await e2eAuthorId(prisma);
  for (const name of ['danh-gia', 'doc-nhieu', 'may-doc']) {
    await prisma.article.create({
      data: {
        title: `Bài ${name} ${suffix}`,
        slug: slug(name),
        summary: '',
        ...paragraphHtml(`Nội dung ${name}.`),
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() - 3_600_000),
        authorId,
      },
    });
  }
  await invalidateServerCaches(['articles']);
  cached = await startInstance({ DATABASE_URL: e2eDatabaseUrl(), PAGE_CACHE_MAX_MB: '64' });
});

test.afterAll(async () => {
  await cached?.stop();
  await prisma.$disconnect();
});

async function views(path: string): Promise<number> {
  const rows = await sql<{ views: number }>('SELECT coalesce(sum(views), 0)::int AS views FROM page_view_daily WHERE path = $1', [path]);
  return rows[0]?.views ?? 0;
}

test('a reader rates a cached article once a day; the admin report shows it', async ({ page, browser }) => {
  const path = `/tin-tuc/${slug('danh-gia')}`;
  await page.goto(`${cached.url}${path}`);
  const second = await page.goto(`${cached.url}${path}`);
  expect(second?.headers()['x-page-cache']).toBe('HIT');
  await waitForHydration(page);
  const widget = page.getByRole('region', { name: 'Thông tin này có hữu ích không?' });
  await widget.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(widget.getByRole('status')).toHaveText('Vui lòng chọn mức đánh giá từ 1 đến 5.');
  await widget.getByRole('radio', { name: '4 – Hữu ích' }).check();
  await widget.getByRole('textbox', { name: 'Góp ý thêm (không bắt buộc)' }).fill(`Rất rõ ràng ${suffix}`);
  await widget.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(widget.getByRole('status')).toHaveText('Cảm ơn bạn đã đánh giá!');

  // The same browser again today: refused politely, nothing added.
  await page.reload();
  await waitForHydration(page);
  await widget.getByRole('radio', { name: '1 – Không hữu ích' }).check();
  await widget.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(widget.getByRole('status')).toHaveText('Bạn đã đánh giá nội dung này hôm nay. Cảm ơn bạn!');

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, 'EDITOR', '/quan-tri/danh-gia');
  const row = staff.getByRole('row').filter({ hasText: `Bài danh-gia ${suffix}` });
  await expect(row.getByRole('cell')).toHaveText([`Bài danh-gia ${suffix}`, 'Tin bài', '1', '4,00', '1']);
  await expect(staff.getByText(`Rất rõ ràng ${suffix}`)).toBeVisible();
  const csv = await staff.request.get('/quan-tri/danh-gia/csv');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await csv.text()).toContain(`Bài danh-gia ${suffix},${path},1,4,1`);
});

test('page views from a browser reach the dashboard and Tin đọc nhiều; a robot does not count', async ({ browser, request }) => {
  const path = `/tin-tuc/${slug('doc-nhieu')}`;
  const reader = await (await browser.newContext()).newPage();
  for (let visit = 0; visit < 3; visit += 1) {
    await reader.goto(path);
    await waitForHydration(reader);
  }
  await expect.poll(() => views(path), { timeout: 15_000 }).toBe(3);
  await expect(reader.getByTestId('thong-ke-Tổng lượt truy cập')).not.toHaveText('…');

  const robotPath = `/tin-tuc/${slug('may-doc')}`;
  const robot = await (await browser.newContext({ userAgent: GOOGLEBOT })).newPage();
  await robot.goto(robotPath);
  await waitForHydration(robot);
  expect((await request.post('/api/luot-xem', { headers: { 'user-agent': GOOGLEBOT }, data: JSON.stringify({ path: robotPath }) })).status()).toBe(204);
  await reader.goto('/');
  await expect.poll(() => views('/'), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await views(robotPath)).toBe(0);

  await invalidateServerCaches(['most-read']);
  await reader.goto('/');
  await expect(reader.getByRole('region', { name: 'Tin đọc nhiều' }).getByRole('link', { name: `Bài doc-nhieu ${suffix}` })).toBeVisible();
  await reader.goto(path);
  await expect(reader.getByRole('region', { name: 'Tin đọc nhiều' }).getByRole('link', { name: `Bài doc-nhieu ${suffix}` })).toBeVisible();
  // That visit counts too: four in all.
  await expect.poll(() => views(path), { timeout: 15_000 }).toBe(4);

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, 'EDITOR', '/quan-tri/thong-ke');
  await expect(staff.getByRole('img', { name: /Lượt xem theo ngày: tổng/ })).toBeVisible();
  await expect(staff.getByRole('region', { name: 'Trang xem nhiều' }).getByRole('row').filter({ hasText: path }).getByRole('cell').last()).toHaveText('4');
  await expect(
    staff
      .getByRole('region', { name: 'Tin bài xem nhiều' })
      .getByRole('row')
      .filter({ hasText: `Bài doc-nhieu ${suffix}` }),
  ).toBeVisible();
  await expect(staff.getByRole('region', { name: 'Trang xem nhiều' })).not.toContainText(robotPath);
  const csv = await staff.request.get('/quan-tri/thong-ke/csv?bang=trang');
  expect(await csv.text()).toContain(`${path},4`);
});
