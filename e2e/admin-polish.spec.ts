import { expect, test, type Locator, type Page } from '@playwright/test';
import { articleStatus, createDraft, signIn, sql, unique } from './editor-helpers';
import { invalidateServerCaches } from './fixtures/env';
import { waitForHydration } from './fixtures/hydration';
import { expectNoAxeViolations, portalDatabase } from './fixtures/portal-data';

// Issue 13, item 7: the first impression of the admin, one assertion per point.

const RAW_CODE = /\b(?:article|auth|page|user|video|category|linkedSite|media|settings)\.[a-zA-Z]+\b/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function expectNoRawCodes(region: Locator): Promise<void> {
  const text = await region.innerText();
  expect(text).not.toMatch(RAW_CODE);
  expect(text).not.toMatch(UUID);
  expect(text).not.toContain('{"');
  expect(text).not.toMatch(/\bUser\b/);
}

async function seedLockedSignIn(): Promise<void> {
  const [admin] = await sql<{ id: string; email: string }>("SELECT id, email FROM users WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1");
  await sql(
    `INSERT INTO audit_logs (id, actor_id, actor_email, action, entity_type, entity_id, summary, created_at)
     VALUES (gen_random_uuid(), $1, $2, 'auth.signInFailed', 'User', $3, '{"reason":"locked"}', now())`,
    [admin!.id, admin!.email, admin!.id],
  );
}

test('the dashboard and the audit log speak Vietnamese: no codes, ids or JSON; the header names the role once', async ({ page }) => {
  await signIn(page, 'ADMIN');
  await createDraft(page, unique('Bài cho nhật ký'), 'Nội dung.');
  await seedLockedSignIn();
  await page.goto('/quan-tri');
  const activity = page.getByTestId('activity');
  await expect(activity).toContainText('Lý do: tài khoản đang tạm khóa');
  await expectNoRawCodes(activity);
  await expect(page.getByRole('main').getByRole('link', { name: 'Viết bài mới' })).toBeVisible();
  await expect(page.getByText('Viết tin mới')).toHaveCount(0);
  const header = page.getByTestId('admin-user');
  await expect(header).not.toHaveText(/\(/);
  await expect(header).not.toHaveText(/(Quản trị viên).*\1/);
  await expectNoAxeViolations(page);

  await page.goto('/quan-tri/nhat-ky');
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('Tạo bài viết');
  await expect(table).toContainText('Người dùng');
  await expect(table).toContainText('Lý do: tài khoản đang tạm khóa');
  await expectNoRawCodes(table);
  // Sentences wrap between words, never inside one.
  const wordBreaks = await table
    .locator('td')
    .evaluateAll((cells) => cells.map((cell) => `${getComputedStyle(cell).wordBreak}/${getComputedStyle(cell).overflowWrap}`));
  expect(wordBreaks.filter((value) => /break-all|anywhere/.test(value))).toEqual([]);
  await expectNoAxeViolations(page);
});

test('the editor: Vietnamese labels, a placeholder, SVG toolbar icons with names, and a dd/mm/yyyy Vietnam-time schedule', async ({ page }) => {
  await signIn(page, 'EDITOR');
  await page.goto('/quan-tri/tin-tuc/moi');
  await waitForHydration(page);
  const main = page.getByRole('main');
  await expect(page.getByRole('textbox', { name: 'Đường dẫn', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Bút danh/Tác giả hiển thị' })).toBeVisible();
  expect(await main.innerText()).not.toMatch(/\b(slug|byline)\b/i);

  const placeholder = await page
    .getByRole('textbox', { name: 'Nội dung bài viết' })
    .locator('p')
    .first()
    .evaluate((p) => getComputedStyle(p, '::before').content);
  expect(placeholder).toContain('Nhập nội dung bài viết');

  const toolbar = page.getByRole('toolbar', { name: 'Định dạng nội dung' });
  const buttons = toolbar.getByRole('button');
  expect(await buttons.count()).toBeGreaterThan(15);
  for (const button of await buttons.all()) {
    expect(await button.getAttribute('aria-label')).toBeTruthy();
    expect(await button.getAttribute('title')).toBeTruthy();
    await expect(button.locator('svg')).toHaveCount(1);
  }
  expect(await toolbar.innerText()).not.toMatch(/[\u2190-\u2BFF\u{1F300}-\u{1FAFF}¶❝―]/u);
  const linkIcon = await toolbar.getByRole('button', { name: 'Liên kết', exact: true }).locator('svg').boundingBox();
  expect(linkIcon?.width).toBeGreaterThan(10);
  await expect(toolbar.getByRole('button', { name: 'Chèn ảnh' })).toContainText('Ảnh');

  // Scheduling: typed day-first in Vietnam time, never the browser's date picker.
  await expect(page.locator('input[type="datetime-local"], input[type="date"]')).toHaveCount(0);
  await expect(page.getByText('Theo giờ Việt Nam (UTC+7).')).toBeVisible();
  const title = unique('Bài hẹn giờ gõ tay');
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await page.keyboard.type('Đăng theo giờ hẹn.');
  await page.getByLabel('Ngày (dd/mm/yyyy)').fill('31/02/2099');
  await page.getByLabel('Giờ (hh:mm)').fill('08:30');
  await page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click();
  await expect(page.getByText('Chọn ngày giờ đăng hợp lệ.')).toBeVisible();
  await page.getByLabel('Ngày (dd/mm/yyyy)').fill('03/04/2099');
  await page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click();
  await expect(page.getByText('Đã hẹn giờ đăng bài viết.')).toBeVisible();
  const [row] = await sql<{ published_at: Date; status: string }>('SELECT published_at, status FROM articles WHERE title = $1', [title]);
  expect(row?.status).toBe('SCHEDULED');
  expect(row?.published_at.toISOString()).toBe('2099-04-03T01:30:00.000Z');
  await expectNoAxeViolations(page);
});

test('after publishing: one "Cập nhật bài", and "Gỡ xuống" / "Chuyển vào thùng rác" at once; the trash says "Đã xóa"', async ({ page }) => {
  await signIn(page, 'EDITOR');
  const title = unique('Bài đăng rồi xoá');
  await createDraft(page, title, 'Nội dung sẽ đăng.');
  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(articleStatus(page)).toHaveText('Đã đăng');
  const form = page.getByRole('main');
  await expect(form.getByRole('button', { name: 'Cập nhật bài' })).toHaveCount(1);
  await expect(form.getByRole('button', { name: 'Lưu và đăng' })).toHaveCount(0);
  await expect(form.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
  await expect(form.getByRole('button', { name: /Gỡ xuống/ })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Chuyển vào thùng rác' })).toBeVisible();
  await expectNoAxeViolations(page);

  page.once('dialog', (dialog) => void dialog.accept());
  await form.getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await page.waitForURL(/\/quan-tri\/tin-tuc$/);
  await page.goto('/quan-tri/tin-tuc/thung-rac');
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Đã xóa');
  await expect(row).not.toContainText('Đã đăng');
  await expectNoAxeViolations(page);
});

async function expectCollapsedMenu(page: Page, name: string, link: Locator): Promise<void> {
  const toggle = page.getByRole('button', { name, exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(link).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(link).toBeVisible();
}

test('on a phone the admin menu is closed behind a button; the linked-sites list has a way back to the top', async ({ page }) => {
  await signIn(page, 'ADMIN');
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/quan-tri/website-lien-ket');
  await waitForHydration(page);
  await expectCollapsedMenu(page, 'Menu quản trị', page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Tin bài' }));
  await expect(page.getByRole('link', { name: 'Về đầu trang' })).toHaveAttribute('href', '#noi-dung');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('button', { name: 'Menu quản trị' })).toBeHidden();
  await expectNoAxeViolations(page);
});

// The placeholder colour is picked by this hash of the title (components/site/video-poster.tsx).
function placeholderIndex(title: string): number {
  let hash = 0;
  for (const char of title) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 6;
}

test('public side: video placeholders differ and show the title once; the phone menu button reads "Menu"', async ({ page }) => {
  const prisma = portalDatabase();
  const first = unique('Video chưa có ảnh');
  let second = unique('Video chưa có ảnh khác');
  while (placeholderIndex(second) === placeholderIndex(first)) second = unique('Video chưa có ảnh khác');
  for (const [index, title] of [first, second].entries()) {
    await prisma.video.create({
      data: {
        title,
        slug: `video-polish-${Date.now()}-${index}`,
        source: 'YOUTUBE',
        youtubeId: 'aqz-KE-bpKQ',
        published: true,
        publishedAt: new Date(),
        sortOrder: -100,
      },
    });
  }
  await prisma.$disconnect();
  await invalidateServerCaches(['videos']);

  await page.goto('/thu-vien-video');
  // The sidebar may list the newest videos too: the cards are the ones in the page's main content.
  const cards = [first, second].map((title) => page.getByRole('main').getByRole('link', { name: title }));
  const backgrounds: string[] = [];
  for (const [index, card] of cards.entries()) {
    const title = [first, second][index]!;
    expect((await card.innerText()).split(title).length - 1).toBe(1);
    const placeholder = card.locator('[data-video-placeholder]');
    await expect(placeholder.locator('svg')).toHaveCount(1);
    expect((await placeholder.innerText()).trim()).toBe('');
    backgrounds.push(await placeholder.evaluate((element) => getComputedStyle(element).backgroundImage));
  }
  expect(backgrounds[0]).not.toBe(backgrounds[1]);
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expectCollapsedMenu(page, 'Menu', page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Thư viện video' }));
});
