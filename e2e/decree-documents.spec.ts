import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { simplePdf } from '../lib/media/office-files';
import { signIn } from './fixtures/sign-in';

test('a reader filters documents by type and year and finds 42/2022/NĐ-CP by typing 42/2022', async ({ page, request }) => {
  await page.goto('/van-ban');
  const list = page.getByRole('table', { name: 'Danh sách văn bản' });
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Nghị định' });
  await page.getByLabel('Năm ban hành').selectOption('2022');
  await page.getByRole('button', { name: 'Tìm văn bản' }).click();
  await expect(page).toHaveURL(/loai=NGHI_DINH/);
  await expect(page).toHaveURL(/nam=2022/);
  await expect(list.getByRole('link', { name: '42/2022/NĐ-CP' })).toBeVisible();
  // Decrees of other years are filtered out.
  await expect(list.getByRole('link', { name: '32/2024/NĐ-CP' })).toHaveCount(0);
  await expect(list.getByRole('link', { name: '43/2011/NĐ-CP' })).toHaveCount(0);

  await page.goto('/van-ban');
  await page.getByLabel('Số ký hiệu hoặc trích yếu').fill('42/2022');
  await page.getByLabel('Số ký hiệu hoặc trích yếu').press('Enter');
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 1 văn bản.');
  await list.getByRole('link', { name: '42/2022/NĐ-CP' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nghị định số 42/2022/NĐ-CP');
  const url42 = page.url();
  const facts = page.getByRole('table', { name: 'Thông tin văn bản' });
  await expect(facts).toContainText('Chính phủ');
  await expect(facts).toContainText('24/06/2022');
  // Repealed from 01/07/2026 by NĐ 224/2026, reached through the replaced-by chain.
  await expect(facts).toContainText('Hết hiệu lực');
  await expect(facts.getByRole('link', { name: '224/2026/NĐ-CP' })).toBeVisible();
  await expect(facts.getByRole('link', { name: '43/2011/NĐ-CP' })).toBeVisible();
  const viewer = page.locator('iframe[title^="Toàn văn 42/2022/NĐ-CP"]');
  const src = await viewer.getAttribute('src');
  expect(src).toMatch(/^\/media\/documents\/.+\.pdf$/);
  const inline = await request.get(src!);
  expect(inline.headers()['content-type']).toBe('application/pdf');
  expect(inline.headers()['content-disposition']).toMatch(/^inline;/);
  // The page may frame it (CSP frame-src 'self') and the PDF allows same-origin framing only.
  expect(inline.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect(inline.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  const pageCsp = (await request.get(page.url())).headers()['content-security-policy'] ?? '';
  expect(pageCsp).toMatch(/frame-src 'self'/);
  const download = page.getByRole('link', { name: /^Tải về 42-2022-NĐ-CP\.pdf/ });
  const attachment = await request.get((await download.getAttribute('href'))!);
  expect(attachment.headers()['content-disposition']).toMatch(/^attachment;.*filename\*=UTF-8''42-2022-N%C4%90-CP\.pdf/);
  expect((await attachment.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The replaced decree is shown as no longer in force, linking to its replacement.
  await facts.getByRole('link', { name: '43/2011/NĐ-CP' }).click();
  await expect(page.getByRole('table', { name: 'Thông tin văn bản' })).toContainText('Hết hiệu lực');

  // The current decree is in force and lists the one it replaced.
  await page.goto(url42);
  await page.getByRole('table', { name: 'Thông tin văn bản' }).getByRole('link', { name: '224/2026/NĐ-CP' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nghị định số 224/2026/NĐ-CP');
  const current = page.getByRole('table', { name: 'Thông tin văn bản' });
  await expect(current).toContainText('Còn hiệu lực');
  await expect(current.getByRole('link', { name: '42/2022/NĐ-CP' })).toBeVisible();
});

test('an editor adds a document with a PDF and it appears in the filtered list', async ({ page }) => {
  const number = `${randomBytes(2).readUInt16BE()}/2021/QĐ-UBND-E2E${randomBytes(2).toString('hex')}`;
  const summary = `Về việc thành lập cụm công nghiệp thử nghiệm ${randomBytes(3).toString('hex')}`;
  await signIn(page, 'EDITOR', '/quan-tri/van-ban/moi');
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Quyết định' });
  await page.getByRole('textbox', { name: 'Số ký hiệu' }).fill(number);
  await page.getByRole('textbox', { name: 'Cơ quan ban hành' }).fill('UBND tỉnh Ninh Bình');
  await page.getByLabel('Ngày ban hành').fill('2021-04-15');
  await page.getByRole('textbox', { name: 'Trích yếu' }).fill(summary);
  await page.getByRole('textbox', { name: 'Lĩnh vực' }).fill('Công nghiệp');

  await page.getByRole('button', { name: 'Thêm tệp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thư viện media' });
  await dialog.getByRole('button', { name: 'Tải lên tệp mới' }).click();
  await dialog
    .getByLabel('Chọn tệp từ máy')
    .setInputFiles({ name: 'quyet-dinh-thanh-lap.pdf', mimeType: 'application/pdf', buffer: simplePdf(['Quyet dinh thanh lap', number]) });
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('attachmentIds-list').getByRole('listitem')).toHaveCount(1);

  await page.getByLabel(/Xuất bản/).check();
  await page.getByRole('button', { name: 'Thêm văn bản' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/van-ban$/);
  await expect(page.getByRole('link', { name: number })).toBeVisible();

  await page.goto('/van-ban');
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Quyết định' });
  await page.getByLabel('Năm ban hành').selectOption('2021');
  await page.getByRole('button', { name: 'Tìm văn bản' }).click();
  const row = page.getByRole('row').filter({ hasText: number });
  await expect(row).toContainText(summary);
  await expect(row).toContainText('15/04/2021');
  await row.getByRole('link', { name: number }).click();
  await expect(page.locator('iframe[title^="Toàn văn"]')).toHaveAttribute('src', /^\/media\/documents\/.+\.pdf$/);
  await expect(page.getByRole('link', { name: /Tải về quyet-dinh-thanh-lap\.pdf/ })).toBeVisible();
});
