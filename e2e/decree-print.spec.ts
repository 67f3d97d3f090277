import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

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

test('"Lưu" downloads the article as one self-contained HTML file', async ({ page }) => {
  await page.goto(ARTICLE);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Lưu \(HTML\)/ }).click()]);
  expect(download.suggestedFilename()).toBe('muc-tieu-lon-cho-phat-trien-cong-nghiep-ho-tro.html');
  const html = await readFile((await download.path())!, 'utf8');
  expect(html).toContain('<title>Mục tiêu lớn cho phát triển công nghiệp hỗ trợ</title>');
  expect(html).toContain('<style>');
  expect(html).not.toMatch(/<script|<link rel="stylesheet"/);
  expect(html).toMatch(/<img[^>]+src="(data:image\/|http)/);
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
