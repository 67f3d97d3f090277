import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { signIn } from './fixtures/sign-in';

// Uploads are re-encoded into several WebP/AVIF sizes: CPU-bound, slow on a busy 2-core machine.
const UPLOAD_PROCESSED = { timeout: 60_000 };

// An editor fills the media library (button and drag and drop), describes an image, finds it
// again by searching, and gets a clear refusal for an SVG.

async function pngBytes(width: number, height: number, color: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

test('an editor uploads an image, sets its alt text and finds it in the library', async ({ page }) => {
  const marker = `anh-e2e-${randomBytes(4).toString('hex')}`;
  await signIn(page, 'EDITOR', '/quan-tri/thu-vien');
  await expect(page.getByRole('heading', { name: 'Thư viện media' })).toBeVisible();

  await page.getByLabel('Chọn tệp từ máy').setInputFiles({ name: `${marker}.png`, mimeType: 'image/png', buffer: await pngBytes(800, 500, '#0a4d8f') });
  await expect(page.getByRole('status').filter({ hasText: `Đã tải lên “${marker}.png”` })).toBeVisible(UPLOAD_PROCESSED);
  const card = page.getByRole('listitem', { name: `${marker}.png` });
  await expect(card).toBeVisible();
  await expect(card).toContainText('image/png');
  await expect(card).toContainText('800 × 500');
  await expect(card).toContainText('Chưa dùng ở đâu.');
  // The thumbnail is a generated variant under a generated name, never the uploaded name.
  const thumbnail = await card.locator('img').getAttribute('src');
  expect(thumbnail).toMatch(/^\/media\/images\/\d{4}\/\d{2}\/[0-9a-f-]{36}-\d+\.webp$/);

  await card.getByLabel('Mô tả ảnh (alt)').fill('Toàn cảnh cụm công nghiệp Gia Vân');
  await card.getByRole('button', { name: 'Lưu mô tả' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu mô tả ảnh.' })).toBeVisible();

  await page.goto(`/quan-tri/thu-vien?q=${marker}`);
  const found = page.getByRole('listitem', { name: `${marker}.png` });
  await expect(found).toBeVisible();
  await expect(found.getByLabel('Mô tả ảnh (alt)')).toHaveValue('Toàn cảnh cụm công nghiệp Gia Vân');
  await expect(page.getByText(/^1 tệp/)).toBeVisible();

  // The alt text is searchable too.
  await page.getByLabel('Tìm tệp').fill('cụm công nghiệp Gia Vân');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.getByRole('listitem', { name: `${marker}.png` })).toBeVisible();
});

test('drag and drop uploads; an SVG is refused with a clear message', async ({ page }) => {
  const marker = `keo-tha-${randomBytes(4).toString('hex')}`;
  await signIn(page, 'EDITOR', '/quan-tri/thu-vien');
  const png = (await pngBytes(300, 200, '#c8102e')).toString('base64');
  const dropZone = page.getByRole('group', { name: 'Tải tệp lên' });
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'image/png' }));
      return transfer;
    },
    { base64: png, name: `${marker}.png` },
  );
  await dropZone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('listitem', { name: `${marker}.png` })).toBeVisible(UPLOAD_PROCESSED);

  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
  await page.getByLabel('Chọn tệp từ máy').setInputFiles({ name: `${marker}.svg`, mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await expect(page.getByRole('alert').filter({ hasText: 'Không nhận tệp SVG' })).toBeVisible();
  // A script renamed .jpg is judged by its content, not its name.
  await page.getByLabel('Chọn tệp từ máy').setInputFiles({ name: `${marker}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from('<?php echo 1; ?>') });
  await expect(page.getByRole('alert').filter({ hasText: 'Định dạng tệp không được hỗ trợ' })).toBeVisible();
  await page.goto(`/quan-tri/thu-vien?q=${marker}`);
  await expect(page.getByText(/^1 tệp/)).toBeVisible();
});
