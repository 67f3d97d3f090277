import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { signIn } from './fixtures/sign-in';

// An editor adds a YouTube video. The public video library (/thu-vien-video) belongs to the
// portal branch; this branch asserts on the admin list (and on the public page when it exists).

test('an editor adds a YouTube video from a share link; it is listed and published', async ({ page }) => {
  const title = `Lễ khởi công CCN ${randomBytes(3).toString('hex')}`;
  await signIn(page, 'EDITOR', '/quan-tri/video');
  await page.getByRole('link', { name: 'Thêm video' }).click();
  await expect(page.getByRole('heading', { name: 'Thêm video' })).toBeVisible();

  // A bad address first: the message is Vietnamese and the typed title stays.
  await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(title);
  await page.getByRole('textbox', { name: 'Địa chỉ YouTube' }).fill('https://evil.example/watch?v=dQw4w9WgXcQ');
  await page.getByRole('button', { name: 'Thêm video' }).click();
  await expect(page.getByText(/Địa chỉ YouTube không hợp lệ/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tiêu đề' })).toHaveValue(title);

  await page.getByRole('textbox', { name: 'Địa chỉ YouTube' }).fill('https://youtu.be/dQw4w9WgXcQ?si=Share123&t=5');

  // A thumbnail picked from the library (uploaded beforehand through the upload endpoint).
  const thumbName = `thumb-${randomBytes(3).toString('hex')}.png`;
  const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#c8102e' } })
    .png()
    .toBuffer();
  const uploaded = await page.request.post('/api/media/upload?accept=image', {
    data: png,
    headers: { 'x-file-name': encodeURIComponent(thumbName), 'content-type': 'application/octet-stream' },
  });
  expect(uploaded.status()).toBe(201);
  await page.getByRole('group', { name: 'Ảnh đại diện (không bắt buộc)' }).getByRole('button', { name: 'Chọn hoặc tải lên tệp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thư viện media' });
  await dialog.getByRole('searchbox', { name: 'Tìm tệp' }).fill(thumbName);
  await dialog.getByRole('button', { name: 'Tìm', exact: true }).click();
  await dialog.getByRole('button', { name: new RegExp(thumbName) }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('thumbnailMediaId-selected')).toBeVisible();
  await page.getByLabel(/Xuất bản/).check();
  await page.getByRole('button', { name: 'Thêm video' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/video$/);
  const row = page.getByRole('listitem', { name: title });
  await expect(row).toContainText('YouTube · mã dQw4w9WgXcQ');
  await expect(row).toContainText('Đã xuất bản');
  await expect(row.locator('img')).toHaveAttribute('src', /^\/media\/images\/.+\.webp$/);

  // Editing shows the stored id as a canonical address.
  await row.getByRole('link', { name: title }).click();
  await expect(page.getByRole('textbox', { name: 'Địa chỉ YouTube' })).toHaveValue('https://www.youtube.com/watch?v=dQw4w9WgXcQ');

  const publicPage = await page.request.get('/thu-vien-video');
  if (publicPage.status() === 200) expect(await publicPage.text()).toContain(title);
  else expect(publicPage.status()).toBe(404); // portal not merged into this branch yet
});

test('an author opening the video admin gets the 403 page', async ({ page }) => {
  await signIn(page, 'AUTHOR');
  await page.goto('/quan-tri/video');
  // The admin shell streams before the page's check, so the status is the shell's; the page is the 403 one.
  await expect(page.getByRole('heading', { name: 'Bạn không có quyền truy cập trang này' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thêm video' })).toHaveCount(0);
});
