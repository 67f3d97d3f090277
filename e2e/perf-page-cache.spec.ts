import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { e2eDatabaseUrl } from './fixtures/env';
import { startInstance, type Instance } from './fixtures/instances';

// The production server's page cache under concurrency (issue 5 load, issue 7 caching): readers
// asking at once for the same missing page share one render, search results are cached like any
// page, and with a render queue of one slot every queued reader is still answered.

test.describe.configure({ mode: 'serial' });

let instance: Instance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  instance = await startInstance({ DATABASE_URL: e2eDatabaseUrl(), PAGE_CACHE_MAX_MB: '64', RENDER_CONCURRENCY: '1' });
});

test.afterAll(async () => {
  await instance?.stop();
});

test('twenty readers asking at once for a page nobody has seen cost one render and get the same page', async () => {
  test.setTimeout(90_000);
  const path = `/tim-kiem?q=${encodeURIComponent(`công nghiệp ${randomBytes(4).toString('hex')}`)}`;
  const answers = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const response = await fetch(`${instance.url}${path}`);
      return { status: response.status, cache: response.headers.get('x-page-cache'), body: await response.text() };
    }),
  );
  expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
  expect(answers.filter((answer) => answer.cache === 'MISS')).toHaveLength(1);
  expect(answers.filter((answer) => answer.cache === 'HIT')).toHaveLength(19);
  expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
  expect(answers[0]?.body).toContain('Tìm kiếm');

  const again = await fetch(`${instance.url}${path}`);
  expect(again.headers.get('x-page-cache')).toBe('HIT');
  expect(again.headers.get('content-encoding')).toBe('gzip');
  // Pages are stored compressed; a client that refuses gzip still gets the same page, plain.
  const plain = await fetch(`${instance.url}${path}`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers.get('x-page-cache')).toBe('HIT');
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toBe(answers[0]?.body);
});

test('with one render slot, every reader of many different uncached pages is answered', async () => {
  test.setTimeout(90_000);
  const paths = Array.from({ length: 12 }, (_, index) => `/tim-kiem?q=hang-doi-${index}-${randomBytes(3).toString('hex')}`);
  const statuses = await Promise.all(paths.map(async (path) => (await fetch(`${instance.url}${path}`, { signal: AbortSignal.timeout(60_000) })).status));
  expect(statuses).toEqual(Array(12).fill(200));
  // Internal endpoints skip the queue: the health check answers while pages wait their turn.
  const busy = Promise.all(paths.map((path) => fetch(`${instance.url}${path}-2`).then((response) => response.arrayBuffer())));
  expect((await fetch(`${instance.url}/api/health`)).status).toBe(200);
  await busy;
});
