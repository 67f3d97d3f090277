import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, SEEDED_SLUG, SEEDED_TITLE } from './fixtures/portal-data.ts';

// Search is insensitive to case and Vietnamese diacritics, highlights what matched, and treats
// anything typed (SQL or LIKE metacharacters, HTML, very long text) as plain text.

const resultLinks = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('article').getByRole('link');

for (const query of ['muc tieu lon', 'MỤC TIÊU LỚN', 'cong nghiep ho tro', 'Quang Ninh']) {
  test(`"${query}" finds the seeded article`, async ({ page }) => {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
    const link = resultLinks(page).filter({ hasText: SEEDED_TITLE });
    await expect(link).toHaveAttribute('href', `/tin-tuc/${SEEDED_SLUG}`);
    await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
  });
}

test('the header search box submits to the results page and marks matches', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('searchbox', { name: 'Tìm kiếm trên cổng thông tin' }).fill('quang ninh');
  await page.getByRole('banner').getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=quang\+ninh/);
  await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
  const marks = await page.getByRole('main').locator('mark').allTextContents();
  expect(marks).toContain('Quảng');
  expect(marks).toContain('Ninh');
  await expectNoAxeViolations(page);
});

test('an empty query shows the form only', async ({ page }) => {
  expect((await page.goto('/tim-kiem'))?.status()).toBe(200);
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('article')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('metacharacters, HTML and a 1,000-character query are safe and shown escaped', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  for (const query of ['%', '_', "'", '\\', "' OR '1'='1", '<img src=x onerror=alert(1)>', 'a'.repeat(1000)]) {
    const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
    expect(response?.status(), query.slice(0, 20)).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Tìm kiếm' })).toBeVisible();
    await expect(resultLinks(page).filter({ hasText: SEEDED_TITLE })).toHaveCount(0);
    await expect(page.getByRole('main').locator('img[src="x"]')).toHaveCount(0);
  }
  await page.goto(`/tim-kiem?q=${encodeURIComponent('<b>đậm</b>')}`);
  await expect(page.getByRole('status')).toContainText('<b>đậm</b>');
  expect(dialogs).toBe(0);
});
