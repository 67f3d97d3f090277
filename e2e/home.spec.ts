import { expect, test } from '@playwright/test';

test('the home page shows the agency and the seeded article', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('banner')).toContainText('Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình');
  // The sidebar's "Tin đọc nhiều" may list it too: the home page's own list is in main.
  await expect(page.getByRole('main').getByRole('link', { name: 'Mục tiêu lớn cho phát triển công nghiệp hỗ trợ' })).toBeVisible();
});
