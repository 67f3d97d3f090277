import { expect, test } from '@playwright/test';

test('the home page shows the agency and the seeded article', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('banner')).toContainText('Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình');
  await expect(page.getByRole('link', { name: 'Mục tiêu lớn cho phát triển công nghiệp hỗ trợ' })).toBeVisible();
});
