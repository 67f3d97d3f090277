import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { cacheInvalidationToken } from '../lib/cache/invalidation-token.ts';
import { e2eDatabaseUrl } from './fixtures/env';
import { startInstance, type Instance } from './fixtures/instances';
import { CLIENT_UAS, publicPages, rawGet, type PublicPage } from './fixtures/public-pages';

// Issue 14: the clients readers come through (Zalo and Facebook link previews, search engines,
// browsers) find title, description, canonical and OpenGraph in <head> of every public page,
// whoever asked for the copy the page cache stored (a miss) and whoever gets it (a hit).

test.describe.configure({ mode: 'serial' });

const secret = randomBytes(32).toString('base64url');
let instance: Instance;
let pages: PublicPage[];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  instance = await startInstance({ DATABASE_URL: e2eDatabaseUrl(), PAGE_CACHE_MAX_MB: '64', NEXTAUTH_SECRET: secret });
  pages = await publicPages(instance.url);
});

test.afterAll(async () => {
  await instance?.stop();
});

async function expirePageCache(): Promise<void> {
  const response = await fetch(`${instance.url}/api/cache/invalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cache-token': cacheInvalidationToken(secret) ?? '' },
    body: JSON.stringify({ tags: ['settings'] }),
  });
  expect(response.status).toBe(200);
}

/**
 * The body with its inline SVG drawings left out: a `<title>` inside `<svg>` is the drawing's own
 * accessible name and tooltip (the cluster map's markers carry one each), not document metadata.
 * Metadata that Next.js streams late lands in a hidden `<div>` of the body, never inside an SVG.
 */
function outsideSvg(body: string): string {
  return body.replace(/<svg[\s>][\s\S]*?<\/svg>/g, '');
}

function expectMetadataInHead(html: string, where: string): void {
  const headEnd = html.indexOf('</head>');
  expect(headEnd, `${where}: </head>`).toBeGreaterThan(0);
  const head = html.slice(0, headEnd);
  const body = html.slice(headEnd);
  expect(head, `${where}: <title>`).toMatch(/<title>[^<]{3,}<\/title>/);
  expect(head, `${where}: description`).toMatch(/<meta name="description" content="[^"]{10,}"/);
  expect(head, `${where}: canonical`).toMatch(new RegExp(`<link rel="canonical" href="${instance.url.replace(/[.]/g, '\\.')}/`));
  expect(head, `${where}: og:title`).toMatch(/<meta property="og:title" content="[^"]+"/);
  expect(head, `${where}: og:image`).toMatch(new RegExp(`<meta property="og:image" content="${instance.url.replace(/[.]/g, '\\.')}/[^"]+"`));
  expect(head, `${where}: og:locale`).toContain(`<meta property="og:locale" content="${where.startsWith('English') ? 'en_GB' : 'vi_VN'}"`);
  expect(head, `${where}: twitter:card`).toContain('<meta name="twitter:card" content="summary_large_image"');
  // Nothing of it streamed into the body afterwards.
  expect(outsideSvg(body), `${where}: <title> in body`).not.toMatch(/<title>/);
  expect(body, `${where}: meta in body`).not.toMatch(/<meta (name|property)=/);
}

test('the body check still sees a streamed <title> next to an SVG one', () => {
  // What a streamed page looks like (Next's hidden segment after </head>), with a map marker too.
  const streamed = '<div hidden id="S:0"><svg viewBox="0 0 1 1"><a href="/x"><title>Điểm</title></a></svg><title>Trang</title></div>';
  expect(outsideSvg(streamed)).toMatch(/<title>/);
  expect(outsideSvg('<svg><title>Điểm</title></svg><p>Nội dung</p>')).not.toMatch(/<title>/);
});

test('every public page type has its metadata in <head> for every client, on a miss and on a hit', async () => {
  test.setTimeout(300_000);
  const clients = Object.entries(CLIENT_UAS);
  // The contact pages are not stored (their form carries a signed render time): a miss every time.
  const stored = (page: PublicPage) => !page.path.startsWith('/lien-he') && !page.path.startsWith('/en/contact');
  for (const [first, firstUa] of clients) {
    // The copy stored on a miss is made for `first`; every client then gets that copy.
    await expirePageCache();
    for (const page of pages) {
      const miss = await rawGet(`${instance.url}${page.path}`, { 'user-agent': firstUa, 'accept-encoding': 'gzip, deflate, br' });
      expect(miss.status, `${page.name} for ${first}`).toBe(200);
      if (stored(page)) expect(miss.headers['x-page-cache'], `${page.name} for ${first}`).toBe('MISS');
      expectMetadataInHead(miss.text, `${page.name} (${page.path}), miss for ${first}`);
      for (const [client, ua] of clients) {
        const hit = await rawGet(`${instance.url}${page.path}`, { 'user-agent': ua, 'accept-encoding': client === 'googlebot' ? 'gzip' : 'gzip, deflate, br' });
        if (stored(page)) expect(hit.headers['x-page-cache'], `${page.name} for ${client}`).toBe('HIT');
        expectMetadataInHead(hit.text, `${page.name} (${page.path}), hit for ${client} after a miss for ${first}`);
      }
    }
  }
  // A client sending no User-Agent at all must not leave a copy without metadata for the others.
  await expirePageCache();
  const anonymous = await rawGet(`${instance.url}/tin-tuc`, {});
  expect(anonymous.headers['x-page-cache']).toBe('MISS');
  expectMetadataInHead(anonymous.text, 'news list, miss without User-Agent');
  expectMetadataInHead((await rawGet(`${instance.url}/tin-tuc`, { 'user-agent': CLIENT_UAS.zalo! })).text, 'news list, hit for Zalo');
});

test('articles, documents, clusters, projects and videos are shared as articles with an image and their dates', async () => {
  const byName = new Map(pages.map((page) => [page.name, page.path]));
  for (const name of ['article', 'legal document', 'cluster', 'project', 'video']) {
    const path = byName.get(name);
    if (!path) continue; // no video in the e2e content

    const { text } = await rawGet(`${instance.url}${path}`, { 'user-agent': CLIENT_UAS.facebook! });
    const head = text.slice(0, text.indexOf('</head>'));
    expect(head, name).toContain('<meta property="og:type" content="article"');
    expect(head, name).toMatch(/<meta property="article:modified_time" content="\d{4}-\d\d-\d\dT/);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(head)?.[1];
    expect(image, name).toBeTruthy();
    const fetched = await fetch(image!.replace(/&amp;/g, '&'));
    expect(fetched.status, `${name}: ${image}`).toBe(200);
    expect(fetched.headers.get('content-type'), name).toMatch(/^image\//);
  }
  const article = (await rawGet(`${instance.url}${byName.get('article')}`, { 'user-agent': CLIENT_UAS.zalo! })).text;
  expect(article).toMatch(/<meta property="article:published_time" content="\d{4}-/);
  expect(article).toContain('<script type="application/ld+json">');

  // The default share image: a real 1200×630 picture, not an empty one.
  const sharp = (await import('sharp')).default;
  const png = Buffer.from(await (await fetch(`${instance.url}/anh-chia-se.png`)).arrayBuffer());
  const meta = await sharp(png).metadata();
  expect([meta.width, meta.height]).toEqual([1200, 630]);
  const stats = await sharp(png).stats();
  expect(stats.channels.some((channel) => channel.stdev > 20)).toBe(true);
});
