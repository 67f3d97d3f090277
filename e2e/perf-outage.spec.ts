import { expect, test } from '@playwright/test';
import { e2eDatabaseUrl } from './fixtures/env';
import { startInstance, startTcpRelay, type Instance } from './fixtures/instances';

// Database outage (issue 5): a second server instance reaches the e2e database through a relay
// the test cuts. Pages it has cached keep being served; an uncached page is the Vietnamese 503
// page (no stack trace); /api/health says 503; once the relay is back the instance recovers
// with no restart (the pg pool opens new connections).

test.describe.configure({ mode: 'serial' });

const ARTICLE = '/tin-tuc/muc-tieu-lon-cho-phat-trien-cong-nghiep-ho-tro';
let instance: Instance;
let relay: Awaited<ReturnType<typeof startTcpRelay>>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const database = new URL(e2eDatabaseUrl());
  relay = await startTcpRelay({ host: database.hostname, port: Number(database.port) });
  database.host = `127.0.0.1:${relay.port}`;
  instance = await startInstance({ DATABASE_URL: database.toString(), DATABASE_STATEMENT_TIMEOUT_MS: '3000' });
});

test.afterAll(async () => {
  await instance?.stop();
  await relay?.close();
});

test('cached pages survive a database outage, others answer 503 in Vietnamese, and the site recovers', async ({ page }) => {
  test.setTimeout(120_000);
  const home = await fetch(`${instance.url}/`);
  expect(home.status).toBe(200);
  const article = await fetch(`${instance.url}${ARTICLE}`);
  expect(article.status).toBe(200);
  const articleHtml = await article.text();
  // The second answer comes from the page cache, with the same (hash-based) CSP.
  const again = await fetch(`${instance.url}${ARTICLE}`);
  expect(again.headers.get('x-page-cache')).toBe('HIT');
  expect(again.headers.get('content-security-policy')).toBe(article.headers.get('content-security-policy'));
  expect(again.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
  expect(articleHtml).toContain('Mục tiêu lớn cho phát triển công nghiệp hỗ trợ');
  expect((await fetch(`${instance.url}/api/health`)).status).toBe(200);

  await relay.cut();

  // Cached (fresh or stale) pages: the same content, status 200.
  const cached = await fetch(`${instance.url}${ARTICLE}`);
  expect(cached.status).toBe(200);
  expect(['HIT', 'STALE']).toContain(cached.headers.get('x-page-cache'));
  expect(await cached.text()).toContain('Mục tiêu lớn cho phát triển công nghiệp hỗ trợ');

  // A page nobody has asked for yet: the Vietnamese error page with 503, no internals.
  const uncached = await fetch(`${instance.url}/lien-he`);
  expect(uncached.status).toBe(503);
  const body = await uncached.text();
  expect(body).toContain('Hệ thống đang tạm thời gián đoạn');
  expect(body).not.toMatch(/PrismaClient|DatabaseNotReachable|ECONNREFUSED|\bat \w+ \(|node_modules/);
  expect(uncached.headers.get('retry-after')).toBe('30');

  const health = await fetch(`${instance.url}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({ status: 'unavailable', database: 'down', redis: 'not-configured' });

  // In a browser too: the reader sees the message, not a blank page.
  await page.goto(`${instance.url}/gioi-thieu`);
  await expect(page.getByRole('heading', { name: 'Hệ thống đang tạm thời gián đoạn' })).toBeVisible();

  await relay.restore();
  await expect.poll(async () => (await fetch(`${instance.url}/lien-he`)).status, { timeout: 30_000, intervals: [250, 500, 1_000] }).toBe(200);
  expect((await fetch(`${instance.url}/api/health`)).status).toBe(200);
  await page.goto(`${instance.url}/gioi-thieu`);
  await expect(page.getByRole('heading', { name: 'Hệ thống đang tạm thời gián đoạn' })).toHaveCount(0);
});
