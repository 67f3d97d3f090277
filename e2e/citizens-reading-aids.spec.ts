import { expect, test } from '@playwright/test';
import { waitForHydration } from './fixtures/hydration';
import { expectNoAxeViolations } from './fixtures/portal-data';

// Reading aids: text size and high contrast from the header, by keyboard, announced, kept across
// pages (localStorage, applied before paint under the CSP), and print stays normal.

test('text size and contrast persist across pages, by keyboard, under the CSP', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to execute/i.test(message.text())) refused.push(message.text());
  });
  await page.goto('/');
  await waitForHydration(page);
  const aids = page.getByRole('group', { name: 'Hỗ trợ đọc' });
  await aids.getByRole('button', { name: 'Tăng cỡ chữ' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
  await expect(aids.getByRole('status')).toHaveText('Cỡ chữ: lớn');
  const contrast = aids.getByRole('button', { name: 'Tương phản cao' });
  await contrast.focus();
  await page.keyboard.press('Space');
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expectNoAxeViolations(page);
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(size).toBe('18px');

  // Another page, loaded from the server: applied before the app hydrates.
  await page.goto('/hoi-dap');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '1');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await waitForHydration(page);
  await expect(page.getByRole('group', { name: 'Hỗ trợ đọc' }).getByRole('button', { name: 'Tương phản cao' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');

  // Paper: normal size and colours.
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
  await page.emulateMedia({ media: 'screen' });

  // Back to normal.
  const group = page.getByRole('group', { name: 'Hỗ trợ đọc' });
  await group.getByRole('button', { name: 'Giảm cỡ chữ' }).click();
  await group.getByRole('button', { name: 'Tương phản cao' }).click();
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', /./);
  expect(refused).toEqual([]);
});
