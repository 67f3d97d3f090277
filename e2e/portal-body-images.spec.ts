import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { renderContent } from '../lib/content/render.ts';
import type { PrismaClient } from '../lib/database/client.ts';
import { processImage } from '../lib/media/image.ts';
import { portalDatabase, storeUpload, uniqueSuffix } from './fixtures/portal-data.ts';
import { signIn } from './fixtures/sign-in';

// Images inside an article body (issue 7): once the article is saved, a library image is a
// <picture> with AVIF and WebP sources from the media pipeline and the original's width/height,
// so its box is reserved before the file arrives (no layout shift); it loads lazily. An image
// whose media row is gone stays a plain lazy <img> with its alt text.

const suffix = uniqueSuffix();
const slug = `e2e-anh-trong-bai-${suffix}`;
const title = `Bài có ảnh trong nội dung ${suffix}`;
const WIDTH = 1200;
const HEIGHT = 800;
let prisma: PrismaClient;
let articleId = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  prisma = portalDatabase();
  // The upload pipeline's own encoder: the same variants a real upload gets.
  const png = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: { r: 10, g: 77, b: 143 } } })
    .png()
    .toBuffer();
  const processed = await processImage(png, 'png');
  const prefix = `images/e2e/${suffix}/anh`;
  const storageKey = `${prefix}-${processed.main.width}.${processed.main.extension}`;
  await storeUpload(storageKey, processed.main.data);
  const variants = [];
  for (const variant of processed.variants) {
    const key = `${prefix}-${variant.width}.${variant.format}`;
    await storeUpload(key, variant.data);
    variants.push({ width: variant.width, format: variant.format, key, bytes: variant.data.length });
  }
  await prisma.media.create({
    data: {
      storageKey,
      originalName: 'anh.png',
      mimeType: processed.main.mimeType,
      byteSize: BigInt(processed.main.data.length),
      width: processed.main.width,
      height: processed.main.height,
      variants,
    },
  });

  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const body = {
    type: 'doc',
    content: [
      paragraph('Đoạn mở đầu của bài viết.'),
      ...Array.from({ length: 6 }, (_, index) => paragraph(`Đoạn văn thứ ${index + 2} đẩy ảnh xuống dưới màn hình đầu tiên.`)),
      { type: 'image', attrs: { src: `/media/${storageKey}`, alt: 'Toàn cảnh cụm công nghiệp', caption: 'Ảnh trong bài' } },
      { type: 'image', attrs: { src: `/media/images/e2e/${suffix}/da-xoa-640.webp`, alt: 'Ảnh đã bị xóa', caption: '' } },
    ],
  };
  // Stored the way saves rendered bodies before (plain <img>): the save below must redo it.
  const old = renderContent(body);
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: 'editor@e2e.test' }, select: { id: true } });
  articleId = (
    await prisma.article.create({
      data: { title, slug, body, bodyHtml: old.html, bodyText: old.text, status: 'DRAFT', authorId: editor.id },
      select: { id: true },
    })
  ).id;
});

test.afterAll(async () => {
  await prisma.$disconnect();
});

test('a saved article draws its library image as a responsive <picture> with a reserved box', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, 'EDITOR', `/quan-tri/tin-tuc/${articleId}`);
  // The editor draws the body only once the form is hydrated (its buttons work from then on).
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' }).getByRole('img', { name: 'Toàn cảnh cụm công nghiệp' })).toBeVisible();
  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(page.getByText('Đã xuất bản bài viết.')).toBeVisible();

  const stored = await prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: { bodyHtml: true, status: true } });
  expect(stored.status).toBe('PUBLISHED');
  expect(stored.bodyHtml).toContain('<picture><source type="image/avif"');

  // The staff preview renders the same way.
  await page.goto(`/quan-tri/tin-tuc/${articleId}/xem-truoc`);
  await expect(page.locator('picture source[type="image/avif"]')).toHaveCount(1);

  // A reader, with image files held back: the box must already have the image's proportions.
  const reader = await (await browser.newContext()).newPage();
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const requested: string[] = [];
  // Library files only (/_next/static/media/ holds the fonts).
  await reader.route(
    (url) => url.pathname.startsWith('/media/'),
    async (route) => {
      requested.push(new URL(route.request().url()).pathname);
      await released;
      await route.continue();
    },
  );
  await reader.goto(`/tin-tuc/${slug}`, { waitUntil: 'domcontentloaded' });
  const content = reader.locator('.prose-content');
  const picture = content.locator('figure picture');
  await expect(picture).toHaveCount(1);
  const avif = picture.locator('source[type="image/avif"]');
  const webp = picture.locator('source[type="image/webp"]');
  await expect(avif).toHaveAttribute('srcset', /^\/media\/images\/e2e\/[0-9a-f]+\/anh-\d+\.avif \d+w(, \/media\/images\/e2e\/[0-9a-f]+\/anh-\d+\.avif \d+w)+$/);
  await expect(webp).toHaveAttribute('srcset', /^\/media\/images\/e2e\/[0-9a-f]+\/anh-\d+\.webp \d+w(, \/media\/images\/e2e\/[0-9a-f]+\/anh-\d+\.webp \d+w)+$/);
  await expect(avif).toHaveAttribute('sizes', /\d/);
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('width', String(WIDTH));
  await expect(img).toHaveAttribute('height', String(HEIGHT));
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(img).toHaveAttribute('decoding', 'async');
  await expect(img).toHaveAttribute('alt', 'Toàn cảnh cụm công nghiệp');

  await img.scrollIntoViewIfNeeded();
  await reader.evaluate(() => document.fonts.ready.then(() => undefined));
  // Where the caption under the image starts, measured from the image's top: it must not move
  // when the file arrives.
  const captionOffset = () =>
    picture.evaluate((element) => (element.nextElementSibling?.getBoundingClientRect().top ?? 0) - element.getBoundingClientRect().top);
  expect(await img.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(0);
  const before = await img.boundingBox();
  expect(before?.width).toBeGreaterThan(100);
  expect(before!.height).toBeCloseTo((before!.width * HEIGHT) / WIDTH, 0);
  const offsetBefore = await captionOffset();
  expect(offsetBefore).toBeGreaterThanOrEqual(before!.height);

  release();
  await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
  const after = await img.boundingBox();
  expect(after?.width).toBeCloseTo(before!.width, 0);
  expect(after?.height).toBeCloseTo(before!.height, 0);
  expect(await captionOffset()).toBeCloseTo(offsetBefore, 0);
  // Chromium takes AVIF: the file fetched is a generated variant, not the PNG original.
  expect(await img.evaluate((element: HTMLImageElement) => new URL(element.currentSrc).pathname)).toMatch(/\/anh-\d+\.avif$/);
  expect(requested.some((path) => path.endsWith('.png'))).toBe(false);

  // The image whose media row is gone: a plain lazy <img> that keeps its alt text.
  const missing = content.locator('img[alt="Ảnh đã bị xóa"]');
  await expect(missing).toHaveAttribute('loading', 'lazy');
  await expect(missing).toHaveAttribute('src', `/media/images/e2e/${suffix}/da-xoa-640.webp`);
  await expect(content.locator('picture img[alt="Ảnh đã bị xóa"]')).toHaveCount(0);
  await reader.context().close();
});
