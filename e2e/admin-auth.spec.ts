import { expect, test } from '@playwright/test';
import { e2eUser } from './fixtures/env';
import { signIn } from './fixtures/sign-in';
import { createStaffUser } from './fixtures/staff-user';
import { waitForHydration } from './fixtures/hydration';

test('an anonymous visitor of the admin is sent to the sign-in page', async ({ page }) => {
  await page.goto('/quan-tri/tin-tuc');
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Ftin-tuc$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible();
});

test('a wrong password shows the generic message and keeps the email', async ({ page }) => {
  const user = await createStaffUser('AUTHOR');
  await page.goto('/dang-nhap');
  await waitForHydration(page);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill('mat-khau-sai-hoan-toan');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Email hoặc' })).toHaveText('Email hoặc mật khẩu không đúng, hoặc tài khoản tạm thời bị khóa.');
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('an editor signs in and out; the old cookie no longer opens the admin', async ({ page, context, browser }) => {
  await signIn(page, await createStaffUser('EDITOR'));
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith('next-auth.session-token'));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);

  // A copy of the cookie taken before sign-out is dead: the session version moved on.
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const copyPage = await copy.newPage();
  await copyPage.goto('/quan-tri');
  // The proxy checks the session version before rendering and sends the dead cookie to sign-in.
  await expect(copyPage).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri$/);
  await expect(copyPage.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible();
  await copy.close();
});

test('an author does not see admin-only sections', async ({ page }) => {
  await signIn(page, 'AUTHOR');
  const nav = page.getByRole('navigation', { name: 'Quản trị' });
  await expect(nav.getByRole('link', { name: 'Tin bài' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Tài khoản' })).toBeVisible();
  for (const hidden of ['Danh mục', 'Website liên kết', 'Người dùng', 'Cài đặt', 'Nhật ký', 'Trang tĩnh', 'Video']) {
    await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0);
  }
});

test('a callbackUrl to another site is ignored', async ({ page }) => {
  await signIn(page, 'EDITOR', '/quan-tri');
  await page.goto('/dang-nhap?callbackUrl=https%3A%2F%2Fevil.example%2F');
  await waitForHydration(page);
  // Already signed in or not, the form only ever sends us inside the site.
  const user = e2eUser('EDITOR');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
});
