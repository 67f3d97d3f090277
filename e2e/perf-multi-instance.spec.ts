import { expect, test } from '@playwright/test';
import { unique } from './editor-helpers';
import { e2eDatabaseUrl, e2eUser } from './fixtures/env';
import { startInstance, startRedis, type Instance } from './fixtures/instances';
import { waitForHydration } from './fixtures/hydration';

// Several instances (issue 7): two servers on different ports share the e2e PostgreSQL and one
// Redis. An editor publishes on A through the real server action; B, whose home page is in its
// page cache (and whose article list is in the shared 'use cache' store), shows the article
// without a restart. Page caches live 10 minutes here, so only the Redis invalidation can
// make B show it within the deadline.

test.describe.configure({ mode: 'serial' });

let redis: Awaited<ReturnType<typeof startRedis>>;
let a: Instance;
let b: Instance;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  redis = await startRedis();
  // NEXT_DEPLOYMENT_ID is a build-time value too (README): not set here, the build has none.
  const shared = { DATABASE_URL: e2eDatabaseUrl(), REDIS_URL: redis.url, PAGE_CACHE_MAX_AGE_SECONDS: '600' };
  [a, b] = await Promise.all([startInstance(shared), startInstance(shared)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
});

test('publishing on one instance shows the article on the other', async ({ browser }) => {
  test.setTimeout(120_000);
  // Both instances report Redis up (the first check after start may still be connecting to it).
  for (const instance of [a, b]) {
    await expect
      .poll(async () => (await fetch(`${instance.url}/api/health`)).json(), { timeout: 15_000 })
      .toEqual({ status: 'ok', database: 'up', redis: 'up' });
  }
  // B has its home page cached.
  await fetch(`${b.url}/`);
  const warm = await fetch(`${b.url}/`);
  expect(warm.headers.get('x-page-cache')).toBe('HIT');

  const title = unique('Bài đa máy chủ');
  expect(await warm.text()).not.toContain(title);
  const editor = e2eUser('EDITOR');
  const context = await browser.newContext({ baseURL: a.url });
  const page = await context.newPage();
  await page.goto('/dang-nhap?callbackUrl=/quan-tri');
  await waitForHydration(page);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Mật khẩu').fill(editor.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/quan-tri'));
  await page.goto('/quan-tri/tin-tuc/moi');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await page.keyboard.type('Nội dung kiểm thử xuất bản trên máy chủ A, đọc trên máy chủ B.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bài viết.')).toBeVisible();
  await page.waitForURL(/\/quan-tri\/tin-tuc\/[0-9a-f-]{36}$/);
  await page.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(page.getByText('Đã xuất bản bài viết.')).toBeVisible();
  const publishedAt = Date.now();

  // Poll B (no timing assertion beyond a generous deadline; the time is printed for the record).
  await expect.poll(async () => (await (await fetch(`${b.url}/`)).text()).includes(title), { timeout: 15_000, intervals: [50] }).toBe(true);
  await context.close();
  console.log(`[multi-instance] visible on B ${Date.now() - publishedAt} ms after the publish answered on A`);
});
