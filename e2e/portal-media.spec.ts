import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { renderContent } from '../lib/content/render.ts';
import type { PrismaClient } from '../lib/database/client.ts';
import { invalidateServerCaches } from './fixtures/env.ts';
import { e2eAuthorId, expectNoAxeViolations, portalDatabase, storeUpload, uniqueSuffix } from './fixtures/portal-data.ts';

// Video library and administrative map as a reader uses them: the YouTube embed is fetched only
// after the reader presses play, an uploaded MP4 plays and seeks, and the map zooms by keyboard.

const suffix = uniqueSuffix();
const youtubeSlug = `e2e-youtube-${suffix}`;
const uploadSlug = `e2e-mp4-${suffix}`;
const mapTitle = `Bản đồ kiểm thử ${suffix}`;
const richSlug = `e2e-noi-dung-${suffix}`;
let prisma: PrismaClient;

test.beforeAll(async () => {
  prisma = portalDatabase();
  await prisma.video.create({
    data: { title: `Video YouTube ${suffix}`, slug: youtubeSlug, source: 'YOUTUBE', youtubeId: 'aqz-KE-bpKQ', published: true, publishedAt: new Date() },
  });

  const mp4 = await readFile(path.join(import.meta.dirname, 'fixtures', 'silence.mp4'));
  const videoKey = `e2e/${suffix}/video.mp4`;
  await storeUpload(videoKey, mp4);
  const videoMedia = await prisma.media.create({
    data: { storageKey: videoKey, originalName: 'video kiểm thử.mp4', mimeType: 'video/mp4', byteSize: BigInt(mp4.length) },
  });
  await prisma.video.create({
    data: { title: `Video tải lên ${suffix}`, slug: uploadSlug, source: 'UPLOAD', mediaId: videoMedia.id, published: true, publishedAt: new Date() },
  });

  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 220, g: 235, b: 250 } } })
    .composite([
      { input: Buffer.from('<svg width="1200" height="800"><rect x="200" y="150" width="800" height="500" fill="#0a4d8f"/></svg>'), top: 0, left: 0 },
    ])
    .png()
    .toBuffer();
  const mapKey = `e2e/${suffix}/ban-do.png`;
  await storeUpload(mapKey, png);
  const mapMedia = await prisma.media.create({
    data: { storageKey: mapKey, originalName: 'ban-do.png', mimeType: 'image/png', byteSize: BigInt(png.length), width: 1200, height: 800, altText: mapTitle },
  });
  await prisma.mapDocument.create({ data: { title: mapTitle, description: 'Bản đồ dùng cho kiểm thử.', mediaId: mapMedia.id, published: true, sortOrder: 0 } });

  const text = (value: string) => [{ type: 'text', text: value }];
  const body = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: text('Mục lớn trong bài') },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: text('Ý thứ nhất') }] }] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: text('Trích dẫn') }] },
      { type: 'youtube', attrs: { src: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'Liên kết', marks: [{ type: 'link', attrs: { href: 'https://ninhbinh.gov.vn' } }] }] },
    ],
  };
  const rendered = renderContent(body);
  await prisma.article.create({
    data: {
      title: `Bài có video ${suffix}`,
      slug: richSlug,
      body,
      bodyHtml: rendered.html,
      bodyText: rendered.text,
      status: 'PUBLISHED',
      publishedAt: new Date(Date.now() - 60_000),
      authorId: await e2eAuthorId(prisma),
    },
  });
  // Written straight to the database: tell the server, as the admin's actions would.
  await invalidateServerCaches(['videos', 'map-documents', 'articles', 'media']);
});

test.afterAll(async () => {
  await prisma.$disconnect();
});

test('a YouTube video makes no request to YouTube until play is pressed, then embeds youtube-nocookie', async ({ page }) => {
  const youtubeRequests: string[] = [];
  page.on('request', (request) => {
    if (/youtube|ytimg|googlevideo/.test(new URL(request.url()).hostname)) youtubeRequests.push(request.url());
  });
  // Offline machines: answer the embed locally once it is requested.
  await page.route(/youtube-nocookie\.com/, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Trình phát</title>' }));

  await page.goto(`/thu-vien-video/${youtubeSlug}`);
  const play = page.getByRole('button', { name: `Phát video: Video YouTube ${suffix}` });
  await expect(play).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(youtubeRequests).toEqual([]);

  await play.focus();
  await page.keyboard.press('Enter');
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ/);
  await expect.poll(() => youtubeRequests.length).toBeGreaterThan(0);
  expect(youtubeRequests.every((url) => new URL(url).hostname === 'www.youtube-nocookie.com')).toBe(true);
});

test('an uploaded MP4 plays in the native player and supports range requests', async ({ page, request }) => {
  await page.goto(`/thu-vien-video/${uploadSlug}`);
  const video = page.locator('video');
  await expect(video).toHaveAttribute('preload', 'metadata');
  await expect(video).toHaveAttribute('controls', '');
  const src = await page.locator('video source').getAttribute('src');
  expect(src).toMatch(/^\/media\/e2e\//);

  await video.evaluate(async (element: HTMLVideoElement) => {
    element.muted = true;
    await element.play();
  });
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 15_000 }).toBeGreaterThan(0.3);

  const partial = await request.get(src ?? '', { headers: { Range: 'bytes=0-99' } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
  expect(partial.headers()['content-type']).toBe('video/mp4');
  expect(partial.headers()['x-content-type-options']).toBe('nosniff');
  expect((await request.get(src ?? '', { headers: { Range: 'bytes=999999-' } })).status()).toBe(416);
  await expectNoAxeViolations(page);
});

test('the video library lists the videos with local posters', async ({ page }) => {
  await page.goto('/thu-vien-video');
  await expect(page.getByRole('link', { name: `Video YouTube ${suffix}` })).toBeVisible();
  await expect(page.locator('img[src*="ytimg"], img[src*="youtube"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the administrative map zooms and pans by keyboard and offers the original for download', async ({ page }) => {
  await page.goto('/ban-do-hanh-chinh');
  const document = page.getByRole('article').filter({ has: page.getByRole('heading', { name: mapTitle }) });
  const viewer = document.getByRole('group', { name: `Bản đồ: ${mapTitle}` });
  await expect(viewer).toHaveAttribute('data-scale', '1.000');
  await viewer.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(viewer).toHaveAttribute('data-scale', '1.563');
  const image = viewer.getByRole('img', { name: mapTitle });
  const before = await image.evaluate((element) => element.style.transform);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => image.evaluate((element) => element.style.transform)).not.toBe(before);
  await page.keyboard.press('-');
  await expect(viewer).toHaveAttribute('data-scale', '1.250');
  await page.keyboard.press('0');
  await expect(viewer).toHaveAttribute('data-scale', '1.000');
  await document.getByRole('button', { name: 'Phóng to (+)' }).click();
  await expect(viewer).toHaveAttribute('data-scale', '1.250');

  const download = document.getByRole('link', { name: /Tải bản đồ gốc/ });
  const href = await download.getAttribute('href');
  expect(href).toMatch(/^\/media\/e2e\/.+\/ban-do\.png$/);
  const file = await page.request.get(href ?? '');
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/png');
  // The seeded map without a file still shows its description.
  await expect(page.getByText('Bản đồ hành chính các huyện, thành phố của tỉnh Ninh Bình.').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a YouTube embed inside an article body also waits for a click', async ({ page }) => {
  const youtubeRequests: string[] = [];
  page.on('request', (request) => {
    if (/youtube|ytimg|googlevideo/.test(new URL(request.url()).hostname)) youtubeRequests.push(request.url());
  });
  await page.route(/youtube-nocookie\.com/, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Trình phát</title>' }));
  await page.goto(`/tin-tuc/${richSlug}`);
  const content = page.locator('.prose-content');
  await expect(content.getByRole('heading', { level: 2, name: 'Mục lớn trong bài' })).toBeVisible();
  await expect(content.getByRole('listitem')).toHaveText('Ý thứ nhất');
  await expect(content.locator('blockquote')).toHaveText('Trích dẫn');
  await expect(content.getByRole('link', { name: 'Liên kết' })).toHaveAttribute('href', 'https://ninhbinh.gov.vn');
  await expect(content.locator('iframe')).toHaveCount(0);
  expect(youtubeRequests).toEqual([]);
  await content.getByRole('button', { name: 'Phát video YouTube' }).click();
  await expect(content.locator('iframe')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/aqz-KE-bpKQ/);
  await expect.poll(() => youtubeRequests.length).toBeGreaterThan(0);
  expect(youtubeRequests.every((url) => new URL(url).hostname === 'www.youtube-nocookie.com')).toBe(true);
});
