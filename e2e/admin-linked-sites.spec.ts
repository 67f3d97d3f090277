import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures/sign-in';
import { waitForHydration } from './fixtures/hydration';

async function sidebarNames(page: Page, names: string[]): Promise<string[]> {
  await page.goto('/');
  // The footer streams in after the sidebar: once it is there, the sidebar is complete.
  await expect(page.getByRole('contentinfo')).toBeVisible();
  const links = page.getByRole('complementary', { name: 'Thông tin bên lề' }).getByRole('link');
  const texts = await links.evaluateAll((elements) => elements.map((element) => element.childNodes[0]?.textContent?.trim() ?? ''));
  return texts.filter((text) => names.includes(text));
}

test('an admin adds, reorders and deactivates linked websites, and the public sidebar follows', async ({ page }) => {
  // Seven rounds of admin change → public page: 34 s in a full run, over a minute on a loaded machine.
  test.setTimeout(120_000);
  const suffix = randomBytes(3).toString('hex');
  const alpha = `Alpha ${suffix}`;
  const beta = `Beta ${suffix}`;
  await signIn(page, 'ADMIN', '/quan-tri/website-lien-ket');
  await expect(page.getByRole('heading', { name: 'Website liên kết', level: 1 })).toBeVisible();

  // A bad URL is refused with a Vietnamese message and the typed name stays.
  await page.getByLabel('Tên website').first().fill(alpha);
  await page.getByLabel('Địa chỉ (URL)').first().fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Thêm website' }).click();
  await expect(page.getByText('Địa chỉ phải bắt đầu bằng http:// hoặc https://', { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel('Tên website').first()).toHaveValue(alpha);

  await page.getByLabel('Địa chỉ (URL)').first().fill('https://alpha.example.vn');
  await page.getByRole('button', { name: 'Thêm website' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã thêm “${alpha}”` })).toBeVisible();
  await page.getByLabel('Tên website').first().fill(beta);
  await page.getByLabel('Địa chỉ (URL)').first().fill('https://beta.example.vn');
  await page.getByRole('button', { name: 'Thêm website' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã thêm “${beta}”` })).toBeVisible();
  const list = page.getByRole('list', { name: 'Thứ tự website liên kết' });
  await expect(list.getByText(beta, { exact: true })).toBeVisible();

  expect(await sidebarNames(page, [alpha, beta])).toEqual([alpha, beta]);

  // Button: move Beta up.
  await page.goto('/quan-tri/website-lien-ket');
  await waitForHydration(page);
  await page.getByRole('button', { name: `Chuyển “${beta}” lên` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thứ tự mới.' }).first()).toBeVisible();
  expect(await sidebarNames(page, [alpha, beta])).toEqual([beta, alpha]);

  // Keyboard on the drag handle: Alpha up again.
  await page.goto('/quan-tri/website-lien-ket');
  await waitForHydration(page);
  await page.getByRole('button', { name: new RegExp(`^Kéo để sắp xếp “${alpha}”`) }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thứ tự mới.' }).first()).toBeVisible();
  expect(await sidebarNames(page, [alpha, beta])).toEqual([alpha, beta]);

  // Mouse drag and drop: Beta's handle onto Alpha's row.
  await page.goto('/quan-tri/website-lien-ket');
  await waitForHydration(page);
  const alphaRow = list.getByRole('listitem').filter({ hasText: alpha });
  await page.getByRole('button', { name: new RegExp(`^Kéo để sắp xếp “${beta}”`) }).dragTo(alphaRow);
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thứ tự mới.' }).first()).toBeVisible();
  expect(await sidebarNames(page, [alpha, beta])).toEqual([beta, alpha]);

  // Deactivate Beta: it leaves the public sidebar.
  await page.goto('/quan-tri/website-lien-ket');
  await waitForHydration(page);
  await page.getByRole('button', { name: `Ẩn “${beta}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ẩn website' })).toBeVisible();
  expect(await sidebarNames(page, [alpha, beta])).toEqual([alpha]);

  // Delete asks first; cancelling keeps it, accepting removes it.
  await page.goto('/quan-tri/website-lien-ket');
  await waitForHydration(page);
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: `Xóa “${alpha}”` }).click();
  await expect(list.getByText(alpha, { exact: true })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Xóa “${alpha}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa website liên kết.' })).toBeVisible();
  await expect(list.getByText(alpha, { exact: true })).toHaveCount(0);
  expect(await sidebarNames(page, [alpha, beta])).toEqual([]);
});

test('an editor who opens the linked websites admin gets the 403 page', async ({ page }) => {
  await signIn(page, 'EDITOR');
  await page.goto('/quan-tri/website-lien-ket');
  await expect(page.getByRole('heading', { name: 'Bạn không có quyền truy cập trang này' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thêm website' })).toHaveCount(0);
  expect(await page.locator('meta[name="robots"][content*="noindex"]').count()).toBeGreaterThan(0);
  // The nav offers the editor only their sections.
  const nav = page.getByRole('navigation', { name: 'Quản trị' });
  await expect(nav.getByRole('link', { name: 'Danh mục' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Website liên kết' })).toHaveCount(0);
});
