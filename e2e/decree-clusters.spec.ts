import { expect, test } from '@playwright/test';

test('a reader compares two clusters by occupancy and sorts the table without script', async ({ page }) => {
  await page.goto('/cum-cong-nghiep');
  const table = page.getByRole('table', { name: 'Bảng so sánh cụm công nghiệp' });
  await expect(table.getByTestId('cluster-row-ccn-gian-khau').getByTestId('occupancy')).toHaveText('88,4%');

  // Server-side sorting: most occupied first, Gián Khẩu (88,4%) before Khánh Nhạc (45%).
  await table.getByRole('link', { name: /Tỷ lệ lấp đầy/ }).click();
  await expect(page).toHaveURL(/sap-xep=lap-day&thu-tu=giam/);
  const slugs = await page
    .getByRole('table', { name: 'Bảng so sánh cụm công nghiệp' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')));
  expect(slugs.indexOf('cluster-row-ccn-gian-khau')).toBeLessThan(slugs.indexOf('cluster-row-ccn-khanh-nhac'));
  expect(slugs.indexOf('cluster-row-ccn-khanh-nhac')).toBeLessThan(slugs.indexOf('cluster-row-ccn-xich-tho'));

  await page.getByLabel('Chọn Cụm công nghiệp Khánh Nhạc để so sánh').check();
  await page.getByLabel('Chọn Cụm công nghiệp Gián Khẩu để so sánh').check();
  await page.getByRole('button', { name: 'So sánh các cụm đã chọn' }).click();
  await expect(page).toHaveURL(/\/cum-cong-nghiep\/so-sanh\?/);
  const compare = page.getByRole('table', { name: 'So sánh các cụm công nghiệp đã chọn' });
  await expect(compare.getByRole('columnheader')).toHaveText(['Cụm công nghiệp Gián Khẩu', 'Cụm công nghiệp Khánh Nhạc']);
  await expect(compare.getByRole('row', { name: /Tỷ lệ lấp đầy/ })).toHaveText(/Tỷ lệ lấp đầy\s*88,4%\s*45%/);
  await expect(compare.getByRole('row', { name: /Diện tích quy hoạch/ })).toHaveText(/45,5\s*70/);
});

test('a reader opens the clusters map and reaches a cluster by keyboard', async ({ page }) => {
  await page.goto('/cum-cong-nghiep/ban-do');
  const map = page.getByRole('group', { name: 'Bản đồ vị trí các cụm công nghiệp tỉnh Ninh Bình' });
  await expect(map.getByTestId('marker-ccn-khanh-nhac')).toBeVisible();
  // The four seeded clusters (other specs may add more).
  for (const slug of ['ccn-gian-khau', 'ccn-khanh-nhac', 'ccn-dong-huong', 'ccn-xich-tho'])
    await expect(map.getByTestId(`marker-${slug}`)).toHaveAttribute('href', `/cum-cong-nghiep/${slug}`);

  let reached = false;
  for (let step = 0; step < 60 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => {
      const active = document.activeElement;
      return !!active?.closest('svg') && (active.getAttribute('aria-label') ?? '').startsWith('Cụm công nghiệp Khánh Nhạc');
    });
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cum-cong-nghiep\/ccn-khanh-nhac$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cụm công nghiệp Khánh Nhạc');
  await expect(page.getByText('Tỷ lệ lấp đầy').locator('..')).toContainText('45%');
});

test('a cluster page lists its related news', async ({ page }) => {
  await page.goto('/cum-cong-nghiep/ccn-gian-khau');
  const news = page.getByRole('region', { name: 'Tin liên quan' });
  await expect(news.getByRole('link', { name: 'Mục tiêu lớn cho phát triển công nghiệp hỗ trợ' })).toHaveAttribute(
    'href',
    '/tin-tuc/muc-tieu-lon-cho-phat-trien-cong-nghiep-ho-tro',
  );
});
