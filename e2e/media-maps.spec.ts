import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { signIn } from './fixtures/sign-in';
import { waitForHydration } from './fixtures/hydration';

test('an editor creates a map document with an image uploaded from the picker', async ({ page }) => {
  const title = `Bản đồ CCN Khánh Phú ${randomBytes(3).toString('hex')}`;
  const fileName = `ban-do-${randomBytes(3).toString('hex')}.jpg`;
  await signIn(page, 'EDITOR', '/quan-tri/ban-do/moi');
  await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(title);
  await page.getByRole('textbox', { name: 'Mô tả', exact: true }).fill('Sơ đồ vị trí các lô đất.');

  // Without a file the form refuses, in Vietnamese, keeping what was typed.
  await page.getByRole('button', { name: 'Thêm bản đồ' }).click();
  await expect(page.getByText('Vui lòng tải lên hoặc chọn ảnh hay tệp PDF của bản đồ.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue(title);

  await page.getByRole('button', { name: 'Chọn hoặc tải lên tệp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thư viện media' });
  await dialog.getByRole('button', { name: 'Tải lên tệp mới' }).click();
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f855a' } })
    .jpeg()
    .toBuffer();
  await dialog.getByLabel('Chọn tệp từ máy').setInputFiles({ name: fileName, mimeType: 'image/jpeg', buffer: jpeg });
  // Re-encoding into several WebP/AVIF sizes is CPU-bound: slow on a busy 2-core machine.
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('mediaId-selected').locator('img')).toHaveAttribute('src', /^\/media\/images\/.+\.jpg$/);

  await page.getByLabel(/Xuất bản/).check();
  await page.getByRole('button', { name: 'Thêm bản đồ' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/ban-do$/);
  const row = page.getByRole('listitem', { name: title });
  await expect(row).toContainText(`Ảnh · ${fileName}`);
  await expect(row).toContainText('Đã xuất bản');

  // The image is now in use: the library says where and refuses to delete it.
  await page.goto(`/quan-tri/thu-vien?q=${fileName}`);
  await waitForHydration(page);
  const card = page.getByRole('listitem', { name: fileName });
  await expect(card).toContainText(`Bản đồ hành chính: ${title}`);
  page.once('dialog', (confirm) => void confirm.accept());
  await card.getByRole('button', { name: `Xóa “${fileName}”` }).click();
  await expect(card.getByRole('alert')).toContainText('Không thể xóa: tệp đang được dùng ở bản đồ hành chính');
});
