import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { e2eAuthorId, expectNoAxeViolations, portalDatabase, storeUpload, uniqueSuffix } from './fixtures/portal-data';

const ARTICLE = '/tin-tuc/muc-tieu-lon-cho-phat-trien-cong-nghiep-ho-tro';

test('an article prints without navigation, sidebar or forms, with its address and date', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('button', { name: /In trang/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeHidden();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Thông tin bên lề' })).toBeHidden();
  await expect(page.getByRole('search').first()).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('button', { name: /In trang/ })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const meta = page.getByTestId('print-meta');
  await expect(meta).toBeVisible();
  await expect(meta).toContainText(`Nguồn: ${new URL(ARTICLE, page.url()).href}`);
  await expect(meta).toContainText(/In lúc .*\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await page.emulateMedia({ media: 'screen' });
  await expect(meta).toBeHidden();
});

test('"Lưu" downloads the article as one self-contained HTML file, images embedded', async ({ page }) => {
  // An article of our own with a cover and an image in its body, both in the media library.
  const suffix = uniqueSuffix();
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a4d8f' } })
    .png()
    .toBuffer();
  const keys = [`images/2026/11/e2e-luu-cover-${suffix}-40.png`, `images/2026/11/e2e-luu-body-${suffix}-40.png`];
  const prisma = portalDatabase();
  const slug = `tin-luu-${suffix}`;
  try {
    const media = [];
    for (const key of keys) {
      await storeUpload(key, png);
      media.push(
        await prisma.media.create({
          data: { storageKey: key, originalName: 'anh.png', mimeType: 'image/png', byteSize: BigInt(png.length), width: 40, height: 30 },
        }),
      );
    }
    await prisma.article.create({
      data: {
        title: `Tin lưu ngoại tuyến ${suffix}`,
        slug,
        body: { type: 'doc', content: [] },
        bodyHtml: `<p>Đoạn văn.</p><figure><img src="/media/${keys[1]}" alt="Ảnh trong bài" width="40" height="30"></figure>`,
        bodyText: 'Đoạn văn.',
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() - 60_000),
        authorId: await e2eAuthorId(prisma),
        coverMediaId: media[0]!.id,
      },
    });
  } finally {
    await prisma.$disconnect();
  }
  await page.goto(`/tin-tuc/${slug}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Lưu \(HTML\)/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${slug}.html`);
  const html = await readFile((await download.path())!, 'utf8');
  expect(html).toContain(`<title>Tin lưu ngoại tuyến ${suffix}</title>`);
  expect(html).toContain('<style>');
  expect(html).not.toMatch(/<script|<link rel="stylesheet"|src="\/media\//);
  const embedded = html.match(/<img[^>]+src="data:image\/png;base64,([^"]+)"/g) ?? [];
  expect(embedded).toHaveLength(2);
  expect(html).toContain(`data:image/png;base64,${png.toString('base64')}`);
});

test('the new public pages have no serious accessibility violations', async ({ page }) => {
  for (const path of ['/van-ban', '/cum-cong-nghiep', '/cum-cong-nghiep/ban-do', '/lien-he', '/du-an', '/en/introduction']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test('English pages: lang="en" on the content, html stays vi, hreflang alternates both ways', async ({ page }) => {
  await page.goto('/en/introduction');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('main')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction');
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/gioi-thieu$/);
  await page.getByRole('navigation', { name: 'English menu' }).getByRole('link', { name: 'Organisation' }).click();
  await expect(page.getByRole('main')).toContainText('Board of Directors');
  await page.goto('/gioi-thieu');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/introduction$/);
  await page.goto('/en/contact');
  await expect(page.locator('main')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('main')).toContainText('Focal-point officials');
});
