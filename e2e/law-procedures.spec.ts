import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, portalDatabase, uniqueSuffix } from './fixtures/portal-data';
import { signIn } from './fixtures/sign-in';

test('an investor finds the land-lease procedure typed without diacritics, opens it and follows its legal basis into /van-ban', async ({ page }) => {
  await page.goto('/thu-tuc-hanh-chinh');
  await expectNoAxeViolations(page);
  await page.getByLabel('Tên thủ tục').fill('thue dat cum cong nghiep');
  await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
  await expect(page).toHaveURL(/q=thue\+dat\+cum\+cong\+nghiep/);
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 1 thủ tục.');
  const list = page.getByRole('list', { name: 'Danh sách thủ tục' });
  // The words are marked in the name even though they were typed without diacritics.
  await expect(list.locator('mark').first()).toHaveText('Thuê');
  await list.getByRole('link', { name: 'Thuê đất để thực hiện dự án trong cụm công nghiệp' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thuê đất để thực hiện dự án trong cụm công nghiệp');
  await expectNoAxeViolations(page);
  const facts = page.getByRole('table', { name: 'Thông tin thủ tục' });
  await expect(facts).toContainText('Sở Nông nghiệp và Môi trường');
  await expect(facts).toContainText('Cấp tỉnh');
  await expect(facts).toContainText('20 ngày làm việc');
  await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trình tự thực hiện' })).toBeVisible();
  await expect(page.getByText(/Dữ liệu minh họa/)).toBeVisible();
  const portal = page.getByRole('link', { name: /Nộp hồ sơ trên Cổng Dịch vụ công quốc gia/ });
  await expect(portal).toHaveAttribute('href', /^https:\/\/dichvucong\.gov\.vn\//);
  await expect(portal).toHaveAttribute('target', '_blank');
  await expect(portal).toHaveAttribute('rel', /noopener/);
  await expect(page.getByRole('button', { name: 'In trang' })).toBeVisible();

  await page.getByRole('link', { name: '32/2024/NĐ-CP' }).click();
  await expect(page).toHaveURL(/\/van-ban\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nghị định số 32/2024/NĐ-CP');
});

test('filters by field and agency; an editor adds a procedure and readers see it, the unpublished one stays hidden', async ({ page }) => {
  await page.goto('/thu-tuc-hanh-chinh?linh-vuc=%C4%90%E1%BA%A7u+t%C6%B0');
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 2 thủ tục.');
  await page.getByLabel('Cơ quan thực hiện').selectOption('Sở Xây dựng');
  await page.getByLabel('Lĩnh vực').selectOption('');
  await page.getByRole('button', { name: 'Tìm thủ tục' }).click();
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 1 thủ tục.');
  await expect(page.getByRole('link', { name: 'Cấp giấy phép xây dựng công trình trong cụm công nghiệp' })).toBeVisible();

  const suffix = uniqueSuffix();
  const name = `Đăng ký thử nghiệm đấu nối điện ${suffix}`;
  await signIn(page, 'EDITOR', '/quan-tri/thu-tuc/moi');
  await page.getByRole('textbox', { name: 'Tên thủ tục' }).fill(name);
  await page.getByRole('textbox', { name: 'Lĩnh vực' }).fill(`Điện lực ${suffix}`);
  await page.getByRole('textbox', { name: 'Cơ quan thực hiện' }).fill('Sở Công Thương');
  await page.getByRole('textbox', { name: 'Địa chỉ trên Cổng Dịch vụ công quốc gia' }).fill('http://example.com/x');
  await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(page.getByText('Địa chỉ phải là trang https thuộc tên miền gov.vn', { exact: false })).toBeVisible();
  await page.getByRole('textbox', { name: 'Địa chỉ trên Cổng Dịch vụ công quốc gia' }).fill('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html');
  await page.getByLabel(/224\/2026\/NĐ-CP/).check();
  await page.getByLabel(/Xuất bản/).check();
  await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-tuc$/);
  await expect(page.getByRole('link', { name })).toBeVisible();

  await page.goto(`/thu-tuc-hanh-chinh?q=${encodeURIComponent(`dang ky thu nghiem dau noi dien ${suffix}`)}`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('link', { name: '224/2026/NĐ-CP' })).toBeVisible();

  const prisma = portalDatabase();
  try {
    await prisma.administrativeProcedure.create({
      data: { name: `Nháp ${suffix}`, slug: `nhap-${suffix}`, field: 'Khác', agency: 'Khác', level: 'COMMUNE', published: false },
    });
  } finally {
    await prisma.$disconnect();
  }
  const hidden = await page.request.get(`/thu-tuc-hanh-chinh/nhap-${suffix}`);
  expect(hidden.status()).toBe(404);
});
