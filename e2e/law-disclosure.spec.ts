import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, uniqueSuffix } from './fixtures/portal-data';
import { signIn } from './fixtures/sign-in';

test('a bidding notice added by an editor appears in /cong-khai filtered by year and in the bidding feed', async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const title = `Gói thầu thử nghiệm san nền ${suffix}`;
  await signIn(page, 'EDITOR', '/quan-tri/cong-khai/moi');
  await page.getByRole('textbox', { name: 'Tên' }).fill(title);
  await page.getByLabel('Năm').fill('2023');
  await page.getByLabel('Ngày công khai').fill('2023-05-10');
  // Procurement fields are required for a bidding notice: the form says so in Vietnamese.
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page.getByText('Gói thầu cần chủ đầu tư hoặc bên mời thầu.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Chủ đầu tư, bên mời thầu' }).fill('Trung tâm Đầu tư phát triển cụm công nghiệp');
  await page.getByLabel('Giá gói thầu (triệu đồng)').fill('4200');
  await page.getByRole('textbox', { name: 'Hình thức lựa chọn nhà thầu' }).fill('Chào hàng cạnh tranh');
  await page.getByLabel('Tình trạng gói thầu').selectOption({ label: 'Đã có kết quả' });
  await page.getByRole('textbox', { name: 'Kết quả lựa chọn nhà thầu' }).fill(`Công ty TNHH Xây dựng ${suffix} trúng thầu`);
  await page.getByLabel(/Xuất bản/).check();
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page).toHaveURL(/\/quan-tri\/cong-khai$/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await page.goto('/cong-khai');
  await expectNoAxeViolations(page);
  await expect(page.getByRole('table', { name: 'Danh mục thông tin phải được công khai' })).toContainText('Thủ tục hành chính');
  await page.getByLabel('Loại thông tin').selectOption({ label: 'Thông báo mời thầu, kết quả lựa chọn nhà thầu' });
  await page.getByLabel('Năm').selectOption('2023');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/loai=dau-thau/);
  await expect(page).toHaveURL(/nam=2023/);
  const list = page.getByRole('list', { name: 'Thông tin đã công khai' });
  await expect(list.getByRole('link', { name: title })).toBeVisible();
  // The seeded 2026 notice is filtered out by the year.
  await expect(list.getByRole('link', { name: /Đồng Hướng/ })).toHaveCount(0);

  await list.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectNoAxeViolations(page);
  const facts = page.getByRole('table', { name: 'Thông tin công khai' });
  await expect(facts).toContainText('4.200 triệu đồng');
  await expect(facts).toContainText('Đã có kết quả');
  await expect(facts).toContainText('10/05/2023');

  const feed = await request.get('/cong-khai/rss/dau-thau');
  expect(feed.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await feed.text();
  expect(xml).toContain(`<title>${title}</title>`);
  expect(xml).toContain(`/cong-khai/goi-thau-thu-nghiem-san-nen-${suffix}</link>`);
  expect(await (await request.get('/cong-khai/rss/tai-chinh')).text()).not.toContain(title);
  expect((await request.get('/cong-khai/rss/khong-co')).status()).toBe(404);
});
