import { chromium, expect, test } from '@playwright/test';
import { e2eDatabaseUrl } from './fixtures/env';
import { startInstance, type Instance } from './fixtures/instances';
import { SEEDED_SLUG } from './fixtures/portal-data';
import { BROWSER_UA, rawGet } from './fixtures/public-pages';
import { signIn } from './fixtures/sign-in';

// Issue 14 (and issue 13 item 13): what a CDN, a reverse proxy and a browser's caches are told.
// Public pages may be kept by shared caches briefly and revalidated with an ETag; personal and
// token-bearing pages are never stored; every text answer is compressed as the client accepts,
// Brotli first, and a refused coding (q=0) is never sent, also from the page cache.

test.describe.configure({ mode: 'serial' });

const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';
let instance: Instance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  instance = await startInstance({ DATABASE_URL: e2eDatabaseUrl(), PAGE_CACHE_MAX_MB: '64' });
});

test.afterAll(async () => {
  await instance?.stop();
});

const browser = { 'user-agent': BROWSER_UA, 'accept-encoding': 'gzip, deflate, br, zstd' };

test('public pages are cacheable by shared caches, with an ETag and 304 on If-None-Match (miss and hit)', async ({ baseURL }) => {
  // The e2e server (no page cache) and an instance with the page cache: same headers.
  for (const origin of [baseURL!, instance.url]) {
    for (const path of ['/', `/tin-tuc/${SEEDED_SLUG}`, '/tin-tuc', '/van-ban', '/rss.xml']) {
      const first = await rawGet(`${origin}${path}`, browser);
      expect(first.status, path).toBe(200);
      expect(first.headers['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
      const etag = first.headers.etag;
      expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers.vary, path).toMatch(/Accept-Encoding/i);
      // Without the page cache (the e2e server) every request is a new render whose inline
      // data may differ: validators are compared on the instance with the page cache.
      if (origin !== instance.url) continue;
      const second = await rawGet(`${origin}${path}`, browser);
      expect(second.headers.etag, `${path}: same page, same validator`).toBe(etag);
      const revalidated = await rawGet(`${origin}${path}`, { ...browser, 'if-none-match': etag! });
      expect(revalidated.status, path).toBe(304);
      expect(revalidated.raw.byteLength, path).toBe(0);
      expect(revalidated.headers.etag, path).toBe(etag);
      expect(revalidated.headers['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
      const changed = await rawGet(`${origin}${path}`, { ...browser, 'if-none-match': 'W/"something-else"' });
      expect(changed.status, path).toBe(200);
    }
  }
  // On the instance the second request above was a page-cache hit.
  expect((await rawGet(`${instance.url}/tin-tuc`, browser)).headers['x-page-cache']).toBe('HIT');
});

test('sign-in, contact form, staff pages and answers that set cookies are private and never stored', async ({ page, baseURL }) => {
  for (const path of ['/dang-nhap', '/lien-he', '/quan-tri']) {
    const response = await rawGet(`${baseURL}${path}`, browser);
    expect(response.headers['cache-control'], path).toMatch(/private/);
    expect(response.headers['cache-control'], path).toMatch(/no-store/);
    expect(response.headers.etag, path).toBeUndefined();
  }
  await signIn(page, 'EDITOR');
  for (const path of ['/quan-tri', '/quan-tri/tin-tuc', '/quan-tri/tin-tuc/moi', '/', `/tin-tuc/${SEEDED_SLUG}`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    // A signed-in editor's copy of a public page shows staff controls: not for shared caches.
    expect(response.headers()['cache-control'], path).toMatch(/private/);
    expect(response.headers()['cache-control'], path).toMatch(/no-store/);
  }
});

test('HTML, RSC payloads and feeds are compressed: Brotli when accepted, gzip otherwise, nothing when refused', async ({ baseURL }) => {
  const rsc = { ...browser, rsc: '1' };
  for (const origin of [baseURL!, instance.url]) {
    for (const path of ['/', `/tin-tuc/${SEEDED_SLUG}`, '/rss.xml']) {
      const br = await rawGet(`${origin}${path}`, browser);
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.raw.byteLength, path).toBeLessThan(Buffer.byteLength(br.text) / 2);
      const gzip = await rawGet(`${origin}${path}`, { ...browser, 'accept-encoding': 'gzip, deflate' });
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(gzip.text, path).toBe(br.text);
    }
    // RSC payloads of navigations and prefetches (?_rsc=… with RSC: 1), streamed and compressed.
    for (let path of [`/tin-tuc/${SEEDED_SLUG}?_rsc=e2e1`, '/tin-tuc?_rsc=e2e2']) {
      // Next may answer a cache-busting value it did not compute with a redirect to its own.
      const first = await rawGet(`${origin}${path}`, rsc);
      if (first.status >= 300 && first.status < 400) path = new URL(first.headers.location!, origin).pathname + new URL(first.headers.location!, origin).search;
      const br = await rawGet(`${origin}${path}`, rsc);
      expect(br.status, path).toBe(200);
      expect(br.headers['content-type'], path).toMatch(/^text\/x-component/);
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers.vary, path).toMatch(/Accept-Encoding/i);
      expect(br.text, path).toMatch(/^\d+:/m);
      const gzip = await rawGet(`${origin}${path}`, { ...rsc, 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(gzip.text.length, path).toBeGreaterThan(1024);
      const plain = await rawGet(`${origin}${path}`, { ...rsc, 'accept-encoding': 'identity' });
      expect(plain.headers['content-encoding'], path).toBeUndefined();
    }
  }
  // Issue 13 item 13: gzip refused with q=0, on a page-cache hit (stored gzip and Brotli only).
  const path = `${instance.url}/tin-tuc/${SEEDED_SLUG}`;
  await rawGet(path, browser);
  for (const refusal of ['gzip;q=0, identity', 'gzip;q=0', 'br;q=0, gzip;q=0', '*;q=0, identity']) {
    const response = await rawGet(path, { 'user-agent': BROWSER_UA, 'accept-encoding': refusal });
    expect(response.headers['x-page-cache'], refusal).toBe('HIT');
    expect(response.headers['content-encoding'], refusal).toBeUndefined();
    expect(response.raw.subarray(0, 15).toString(), refusal).toBe('<!DOCTYPE html>');
    expect(response.headers.vary, refusal).toMatch(/Accept-Encoding/i);
  }
  const gzipOnly = await rawGet(path, { 'user-agent': BROWSER_UA, 'accept-encoding': 'br;q=0, gzip' });
  expect(gzipOnly.headers['content-encoding']).toBe('gzip');
  const preferred = await rawGet(path, { 'user-agent': BROWSER_UA, 'accept-encoding': 'gzip;q=1, br;q=0.5' });
  expect(preferred.headers['content-encoding']).toBe('gzip');
});

test('public pages go into the back/forward cache', async ({ baseURL }) => {
  // Playwright starts Chromium with --disable-back-forward-cache; this test needs a browser
  // that keeps it, as readers' browsers do.
  const browser = await chromium.launch({ ...test.info().project.use.launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  try {
    const page = await browser.newPage({ baseURL });
    await page.goto(`/tin-tuc/${SEEDED_SLUG}`);
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    await page.goto('/tin-tuc');
    // A page restored from the bf-cache fires no load event: wait for the navigation to commit.
    await page.goBack({ waitUntil: 'commit' });
    await expect(page).toHaveURL(new RegExp(`/tin-tuc/${SEEDED_SLUG}$`));
    // Restored from the bf-cache: the same document (with our marker), not a new load. On
    // failure, Chromium's own reasons say what kept the page out.
    const notRestored = await page.evaluate(() =>
      JSON.stringify((performance.getEntriesByType('navigation')[0] as { notRestoredReasons?: unknown }).notRestoredReasons ?? null),
    );
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker), `not restored: ${notRestored}`).toBe(42);
  } finally {
    await browser.close();
  }
});
