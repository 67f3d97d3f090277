import { invalidateServerCaches } from './fixtures/env.ts';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import type { PrismaClient } from '../lib/database/client.ts';
import {
  e2eAuthorId,
  expectNoAxeViolations,
  paragraphHtml,
  portalDatabase,
  SEEDED_SLUG,
  SEEDED_TITLE,
  storeUpload,
  uniqueSuffix,
} from './fixtures/portal-data.ts';

// A reader's path through the news: home → article → category → pagination, with visibility
// rules (draft/trashed are 404), old-slug redirects, feeds and the responsive layout.

const suffix = uniqueSuffix();
const categorySlug = `e2e-doc-${suffix}`;
const categoryName = `Chuyên mục kiểm thử ${suffix}`;
const articleSlug = (index: number) => `e2e-bai-${suffix}-${String(index).padStart(2, '0')}`;
const draftSlug = `e2e-nhap-${suffix}`;
const trashedSlug = `e2e-rac-${suffix}`;
const oldSlug = `e2e-ten-cu-${suffix}`;
let prisma: PrismaClient;

test.beforeAll(async () => {
  prisma = portalDatabase();
  const authorId = await e2eAuthorId(prisma);
  const category = await prisma.category.create({ data: { name: categoryName, slug: categorySlug, sortOrder: 90 } });
  const cover = await sharp({ create: { width: 800, height: 450, channels: 3, background: { r: 10, g: 77, b: 143 } } })
    .jpeg()
    .toBuffer();
  const coverKey = `e2e/${suffix}/anh-bia.jpg`;
  await storeUpload(coverKey, cover);
  const coverMedia = await prisma.media.create({
    data: {
      storageKey: coverKey,
      originalName: 'anh bia.jpg',
      mimeType: 'image/jpeg',
      byteSize: BigInt(cover.length),
      width: 800,
      height: 450,
      altText: `Ảnh bìa ${suffix}`,
    },
  });
  const base = Date.now() - 48 * 3_600_000;
  for (let index = 0; index < 12; index += 1) {
    await prisma.article.create({
      data: {
        title: `Bài kiểm thử ${suffix} số ${index}`,
        slug: articleSlug(index),
        summary: `Tóm tắt bài số ${index}`,
        ...paragraphHtml(`Nội dung bài kiểm thử số ${index}.`),
        status: 'PUBLISHED',
        publishedAt: new Date(base + index * 60_000),
        authorId,
        categoryId: category.id,
        coverMediaId: index >= 10 ? coverMedia.id : null,
      },
    });
  }
  const newest = await prisma.article.findUniqueOrThrow({ where: { slug: articleSlug(11) } });
  await prisma.articleSlugHistory.create({ data: { slug: oldSlug, articleId: newest.id } });
  await prisma.article.create({
    data: { title: `Bản nháp ${suffix}`, slug: draftSlug, ...paragraphHtml('Nháp'), status: 'DRAFT', authorId, categoryId: category.id },
  });
  await prisma.article.create({
    data: {
      title: `Đã xoá ${suffix}`,
      slug: trashedSlug,
      ...paragraphHtml('Rác'),
      status: 'PUBLISHED',
      publishedAt: new Date(base),
      deletedAt: new Date(),
      authorId,
      categoryId: category.id,
    },
  });
  // Written straight to the database: tell the server, as the admin's actions would.
  await invalidateServerCaches(['articles', 'categories', 'media']);
});

test.afterAll(async () => {
  await prisma.$disconnect();
});

test('home → article → category → pagination', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tin tức', exact: true })).toBeVisible();
  await page.getByRole('link', { name: SEEDED_TITLE }).first().click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${SEEDED_SLUG}$`));
  await expect(page.getByRole('heading', { level: 1, name: SEEDED_TITLE })).toBeVisible();
  await expect(page.locator('main time').first()).toHaveText(/^Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$|^Chủ Nhật, /);

  await page.goto(`/tin-tuc/${articleSlug(5)}`);
  await page.getByRole('main').getByRole('link', { name: categoryName }).first().click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/danh-muc/${categorySlug}$`));
  const titles = page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(10);
  await expect(titles.first()).toHaveText(`Bài kiểm thử ${suffix} số 11`);
  await expect(titles.last()).toHaveText(`Bài kiểm thử ${suffix} số 2`);

  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang 2' }).click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/danh-muc/${categorySlug}\\?trang=2$`));
  await expect(titles).toHaveCount(2);
  await expect(titles.first()).toHaveText(`Bài kiểm thử ${suffix} số 1`);
  await expect(page.getByRole('navigation', { name: 'Phân trang' }).locator('[aria-current="page"]')).toHaveText(/2/);
});

test('page numbers out of range or malformed show the nearest page, never an error', async ({ page }) => {
  for (const [query, expected] of [
    ['trang=99', 2],
    ['trang=abc', 1],
    ['trang=0', 1],
    ['trang=-3', 1],
  ] as const) {
    const response = await page.goto(`/tin-tuc/danh-muc/${categorySlug}?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(expected === 2 ? 2 : 10);
  }
  expect((await page.goto('/tin-tuc?trang=100000'))?.status()).toBe(200);
});

test('the article page carries share links, related articles, metadata and JSON-LD', async ({ page }) => {
  await page.goto(`/tin-tuc/${articleSlug(3)}`);
  await expect(page.getByRole('link', { name: /Facebook/ })).toHaveAttribute('href', /facebook\.com\/sharer/);
  await expect(page.getByRole('link', { name: /Zalo/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tin cùng chuyên mục' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Bài kiểm thử ${suffix} số 11` })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/tin-tuc/${articleSlug(3)}$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `Bài kiểm thử ${suffix} số 3`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
  expect(jsonLd['@type']).toBe('NewsArticle');
  expect(jsonLd.headline).toBe(`Bài kiểm thử ${suffix} số 3`);
});

test('drafts, trashed and unknown articles are 404 with the site menu; an old slug redirects permanently', async ({ page, request }) => {
  for (const slug of [draftSlug, trashedSlug, `khong-ton-tai-${suffix}`]) {
    const response = await page.goto(`/tin-tuc/${slug}`);
    expect(response?.status(), slug).toBe(404);
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeVisible();
    await expect(page.getByRole('search').first()).toBeVisible();
  }
  expect((await request.get(`/tin-tuc/danh-muc/khong-co-${suffix}`)).status()).toBe(404);
  expect((await request.get(`/trang-khong-co-${suffix}`)).status()).toBe(404);
  const redirect = await request.get(`/tin-tuc/${oldSlug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(redirect.status());
  expect(redirect.headers().location).toMatch(new RegExp(`/tin-tuc/${articleSlug(11)}$`));
  await page.goto(`/tin-tuc/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${articleSlug(11)}$`));
});

// Unknown addresses are answered by app/global-not-found.tsx (not the root not-found, which Next
// sends inside every page's payload): it must still be the complete Vietnamese site page.
test('an address that matches no route is a 404 with the full site header, menu, search, sidebar and footer', async ({ page }) => {
  for (const path of [`/khong-ton-tai-${suffix}/abc/xyz`, `/en/khong-co-${suffix}/x`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page).toHaveTitle(/^Không tìm thấy trang/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('search')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Thông tin bên lề' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  }
  // From the 404 page the menu still navigates.
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tin tức', exact: true }).first().click();
  await expect(page).toHaveURL(/\/tin-tuc$/);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
});

test('linked websites are listed in their order and open safely in a new tab', async ({ page }) => {
  await page.goto('/');
  const sidebar = page.getByRole('complementary', { name: 'Thông tin bên lề' });
  const links = sidebar.getByRole('region', { name: 'Website liên kết' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  // Other specs may add, reorder or hide sites at the same time: check that what is shown is in
  // the database's order (sortOrder, then name), rather than comparing whole lists.
  const names = (await links.allTextContents()).map((text) => text.replace(' (mở trong thẻ mới)', '').trim());
  expect(names.length).toBeGreaterThan(0);
  const ordered = await prisma.linkedSite.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { name: true, url: true } });
  const positions = names.map((name) => ordered.findIndex((site) => site.name === name));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(hrefs).toEqual(positions.map((position) => ordered[position]?.url));
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await expect(sidebar.getByRole('link', { name: /bản đồ hành chính/i })).toHaveAttribute('href', '/ban-do-hanh-chinh');
});

test('RSS and the sitemap parse as XML and list the article; robots.txt keeps crawlers out of the admin', async ({ page, request }) => {
  await page.goto('/');
  const rss = await (await request.get('/rss.xml')).text();
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const parsed = await page.evaluate(
    ({ rssText, sitemapText }) => {
      const parser = new DOMParser();
      const rssDoc = parser.parseFromString(rssText, 'application/xml');
      const sitemapDoc = parser.parseFromString(sitemapText, 'application/xml');
      return {
        rssErrors: rssDoc.getElementsByTagName('parsererror').length,
        sitemapErrors: sitemapDoc.getElementsByTagName('parsererror').length,
        version: rssDoc.documentElement.getAttribute('version'),
        rssLinks: Array.from(rssDoc.querySelectorAll('item > link'), (node) => node.textContent ?? ''),
        sitemapUrls: Array.from(sitemapDoc.getElementsByTagName('loc'), (node) => node.textContent ?? ''),
        lastmods: sitemapDoc.getElementsByTagName('lastmod').length,
      };
    },
    { rssText: rss, sitemapText: sitemap },
  );
  expect(parsed.rssErrors).toBe(0);
  expect(parsed.sitemapErrors).toBe(0);
  expect(parsed.version).toBe('2.0');
  expect(parsed.rssLinks.length).toBeGreaterThan(0);
  expect(parsed.rssLinks.length).toBeLessThanOrEqual(20);
  expect(parsed.rssLinks.some((link) => link.endsWith(`/tin-tuc/${SEEDED_SLUG}`))).toBe(true);
  expect(parsed.sitemapUrls.some((url) => url.endsWith(`/tin-tuc/${SEEDED_SLUG}`))).toBe(true);
  expect(parsed.sitemapUrls.some((url) => url.endsWith('/gioi-thieu'))).toBe(true);
  expect(parsed.lastmods).toBeGreaterThan(0);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /quan-tri');
  expect(robots).toContain('Disallow: /api');
});

test('static pages render like articles', async ({ page }) => {
  for (const [path, title] of [
    ['/gioi-thieu', 'Giới thiệu'],
    ['/lien-he', 'Liên hệ'],
  ] as const) {
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
});

for (const width of [375, 1280]) {
  test(`home, list and article at ${width} px: screenshots, no horizontal scroll`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [
      ['trang-chu', '/'],
      ['danh-sach', '/tin-tuc'],
      ['bai-viet', `/tin-tuc/${SEEDED_SLUG}`],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('main')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
    }
  });
}

test('the phone menu is a keyboard-operable disclosure', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  const menuLink = page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Thư viện video' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(menuLink).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(menuLink).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('no serious accessibility violations on home, list, article and 404', async ({ page }) => {
  for (const path of ['/', '/tin-tuc', `/tin-tuc/danh-muc/${categorySlug}`, `/tin-tuc/${SEEDED_SLUG}`, `/khong-co-${suffix}/x`]) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('the cover image is sized, described and fetched first; list thumbnails load lazily', async ({ page }) => {
  await page.goto(`/tin-tuc/${articleSlug(11)}`);
  const cover = page.getByRole('main').locator('figure img');
  await expect(cover).toHaveAttribute('alt', `Ảnh bìa ${suffix}`);
  await expect(cover).toHaveAttribute('fetchpriority', 'high');
  await expect(cover).toHaveAttribute('width', '800');
  await expect(cover).toHaveAttribute('height', '450');
  await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(800);
  await page.goto(`/tin-tuc/danh-muc/${categorySlug}`);
  const thumbnails = page.getByRole('main').locator('article img');
  await expect(thumbnails).toHaveCount(2);
  for (const image of await thumbnails.all()) {
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('width', '800');
  }
  const allImages = await page.locator('img').evaluateAll((images) => images.map((image) => image.hasAttribute('alt')));
  expect(allImages.every(Boolean)).toBe(true);
});
