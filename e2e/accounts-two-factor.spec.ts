import { expect, test, type Page } from '@playwright/test';
import { totpCode } from '../lib/auth/two-factor.ts';
import { apiSession } from './fixtures/api-session';
import { waitForHydration } from './fixtures/hydration';
import { expectNoAxeViolations } from './fixtures/portal-data';
import { signIn } from './fixtures/sign-in';
import { createStaffUser } from './fixtures/staff-user';

// Issue 17: an editor enrols an authenticator app (codes computed here from the secret the page
// shows), then signs in with password + code, and with a recovery code that works once; the
// credentials endpoint alone gives no session; the sessions list ends another browser's session.

type Staff = Awaited<ReturnType<typeof createStaffUser>>;

/** Password step, then the code step, through the real form. */
async function signInWithCode(page: Page, user: Staff, code: string): Promise<void> {
  await page.goto('/dang-nhap?callbackUrl=%2Fquan-tri');
  await waitForHydration(page);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Xác thực hai bước' })).toBeVisible();
  await page.getByLabel('Mã xác thực hoặc mã khôi phục').fill(code);
  await page.getByRole('button', { name: 'Xác nhận' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
}

test('two-factor sign-in: enrol, password + code, recovery code once, sessions list ends another browser', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const user = await createStaffUser('EDITOR');
  await signIn(page, user, '/quan-tri/tai-khoan');
  await page.getByRole('link', { name: 'Bật xác thực hai bước' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/tai-khoan\/xac-thuc-hai-buoc$/);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Bắt đầu bật xác thực hai bước' }).click();
  const secretText = page.getByTestId('totp-secret');
  await expect(secretText).toBeVisible();
  await expect(page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }).locator('svg')).toBeVisible();
  const secret = (await secretText.getAttribute('data-secret')) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect((await secretText.textContent())?.replace(/\s/g, '')).toBe(secret);
  await expectNoAxeViolations(page);
  await waitForHydration(page);
  await page.getByLabel('Mã 6 chữ số từ ứng dụng').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();

  // After enrolment the secret is never shown again.
  await page.goto('/quan-tri/tai-khoan/xac-thuc-hai-buoc');
  await expect(page.getByTestId('two-factor-status')).toContainText('Còn 10 mã khôi phục chưa dùng');
  expect(await page.content()).not.toContain(secret);

  // The credentials endpoint with the right password but no code gives no session.
  await expect(apiSession(user)).rejects.toThrow(/failed/);

  await signOut(page);
  // The enrolment used this time-step's code: the next step's code is within the window.
  await signInWithCode(page, user, totpCode(secret, Date.now() + 30_000));
  await expect(page).toHaveURL(/\/quan-tri$/);

  // A second browser signs in with a recovery code.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithCode(otherPage, user, recoveryCodes[0]!);
  await expect(otherPage).toHaveURL(/\/quan-tri$/);

  // The first browser lists both sessions and ends the other one.
  await page.goto('/quan-tri/tai-khoan');
  await waitForHydration(page);
  const rows = page.getByTestId('sessions').getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Phiên này' })).toHaveCount(1);
  await rows
    .filter({ hasNotText: 'Phiên này' })
    .getByRole('button', { name: /^Kết thúc phiên/ })
    .click();
  await expect(rows).toHaveCount(1);
  await otherPage.goto('/quan-tri');
  await expect(otherPage).toHaveURL(/\/dang-nhap/);

  // The recovery code already used is refused; the first browser is still signed in.
  await signInWithCode(otherPage, user, recoveryCodes[0]!);
  await expect(otherPage.getByText('Mã xác thực không đúng, đã hết hạn hoặc đã được dùng')).toBeVisible();
  await expect(otherPage).toHaveURL(/\/dang-nhap/);
  await page.goto('/quan-tri');
  await expect(page).toHaveURL(/\/quan-tri$/);
  await other.close();
});
