import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signIn } from './fixtures/sign-in';
import { createStaffUser } from './fixtures/staff-user';
import { waitForHydration } from './fixtures/hydration';

test('an admin reaches every section of their own screens', async ({ page }) => {
  await signIn(page, 'ADMIN');
  await expect(page.getByRole('link', { name: 'Viết bài mới' })).toHaveAttribute('href', '/quan-tri/tin-tuc/moi');
  await expect(page.getByRole('heading', { name: 'Bài viết theo trạng thái' })).toBeVisible();
  for (const [path, heading] of [
    ['/quan-tri/danh-muc', 'Danh mục'],
    ['/quan-tri/nguoi-dung', 'Người dùng'],
    ['/quan-tri/cai-dat', 'Cài đặt trang'],
    ['/quan-tri/nhat-ky', 'Nhật ký hoạt động'],
    ['/quan-tri/tai-khoan', 'Tài khoản của tôi'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  // An article that doesn't exist: the not-found page inside the admin chrome, not the public
  // site's (the status stays 200: notFound() runs after the streamed layout has started).
  await page.goto('/quan-tri/tin-tuc/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Về trang quản trị' })).toHaveAttribute('href', '/quan-tri');
  await expect(page.getByRole('link', { name: 'Quản trị cổng thông tin' })).toBeVisible();
  // Sign-ins are in the audit log, filterable by action.
  await page.goto('/quan-tri/nhat-ky?action=auth.signIn');
  await expect(page.locator('td[data-action="auth.signIn"]').first()).toBeVisible();
});

test('an admin changes the contact phone and the public footer shows it on the next request', async ({ page }) => {
  await signIn(page, 'ADMIN', '/quan-tri/cai-dat');
  const phoneField = page.getByLabel('Điện thoại');
  const original = await phoneField.inputValue();
  const phone = `0229 ${String(Date.now()).slice(-7)}`;

  await page.getByLabel('Email liên hệ').fill('khong-hop-le');
  await phoneField.fill(phone);
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Email không hợp lệ.')).toBeVisible();
  await expect(page.getByLabel('Điện thoại')).toHaveValue(phone);

  await page.getByLabel('Email liên hệ').fill('lienhe@example.vn');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('contentinfo')).toContainText(`Điện thoại: ${phone}`);

  await page.goto('/quan-tri/cai-dat');
  await waitForHydration(page);
  await page.getByLabel('Điện thoại').fill(original);
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' })).toBeVisible();
});

test('an admin creates a user with a generated password shown once, who can then sign in', async ({ page, browser }) => {
  const email = `moi-${randomBytes(4).toString('hex')}@e2e.test`;
  await signIn(page, 'ADMIN', '/quan-tri/nguoi-dung');
  // The page also has the invitation form, with the same fields: use the one that creates.
  const create = page.getByRole('region', { name: 'Tạo tài khoản', exact: true });
  await create.getByLabel('Họ tên').fill('Người dùng mới');
  await create.getByLabel('Email').fill(email);
  await create.getByLabel('Vai trò', { exact: true }).selectOption('AUTHOR');
  await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const shown = page.locator('[data-generated-password]');
  await expect(shown).toBeVisible();
  const password = (await shown.textContent())?.trim() ?? '';
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
  await expect(page.locator(`tr[data-user-email="${email}"]`)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('$argon2');

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, { email, password });
  await expect(otherPage.getByRole('heading', { name: 'Bài viết của bạn' })).toBeVisible();
  await other.close();
});

test('a user changes their own password and must sign in again with it', async ({ page }) => {
  const user = await createStaffUser('EDITOR');
  await signIn(page, user, '/quan-tri/tai-khoan');
  await page.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
  await page.getByLabel(/^Mật khẩu mới/).fill('mat-khau-moi-e2e-1');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-e2e-1');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Mật khẩu hiện tại không đúng.').first()).toBeVisible();

  await page.getByLabel('Mật khẩu hiện tại').fill(user.password);
  await page.getByLabel(/^Mật khẩu mới/).fill('mat-khau-moi-e2e-1');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-e2e-1');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' })).toBeVisible();
  await signIn(page, { email: user.email, password: 'mat-khau-moi-e2e-1' }, '/quan-tri/tai-khoan');
  await expect(page.getByRole('heading', { name: 'Tài khoản của tôi' })).toBeVisible();
});
