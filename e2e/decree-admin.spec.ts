import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { sql } from './editor-helpers';
import { signIn } from './fixtures/sign-in';

test('an editor adds a cluster; readers see its occupancy and it appears on the map', async ({ page }) => {
  const suffix = randomBytes(3).toString('hex');
  const name = `Cụm công nghiệp Thử Nghiệm ${suffix}`;
  await signIn(page, 'EDITOR', '/quan-tri/cum-cong-nghiep/moi');
  // signIn returns once the form has hydrated, so the slug is derived from the name as it is typed.
  await page.getByRole('textbox', { name: 'Tên cụm công nghiệp' }).fill(name);
  await expect(page.getByRole('textbox', { name: 'Đường dẫn (slug)' })).toHaveValue(`cum-cong-nghiep-thu-nghiem-${suffix}`);
  // Places since 01/07/2025 are communes from the list; the old district is an optional note.
  await page.getByLabel('Xã, phường, đặc khu').selectOption({ label: 'Xã Bình Lục' });
  await page.getByRole('textbox', { name: 'Huyện cũ (ghi chú lịch sử)' }).fill('Huyện Bình Lục');
  await page.getByRole('spinbutton', { name: 'Diện tích quy hoạch (ha)' }).fill('40');
  await page.getByRole('spinbutton', { name: 'Diện tích đã cho thuê (ha)' }).fill('50');
  await page.getByRole('spinbutton', { name: 'Vĩ độ' }).fill('20.27');
  await page.getByRole('spinbutton', { name: 'Kinh độ' }).fill('105.93');
  await page.getByLabel(/Xuất bản/).check();
  await page.getByRole('button', { name: 'Thêm cụm công nghiệp' }).click();
  // Checked in the browser with the shared schema; what was typed stays.
  await expect(page.getByText('Diện tích đã cho thuê không được lớn hơn diện tích quy hoạch.')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Diện tích đã cho thuê (ha)' }).fill('10');
  await page.getByRole('button', { name: 'Thêm cụm công nghiệp' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/cum-cong-nghiep$/);
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('25%');

  await page.goto(`/cum-cong-nghiep/cum-cong-nghiep-thu-nghiem-${suffix}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Xã Bình Lục ·', { exact: false })).toBeVisible();
  await page.goto('/cum-cong-nghiep/ban-do');
  await expect(page.getByTestId(`marker-cum-cong-nghiep-thu-nghiem-${suffix}`)).toBeVisible();
});

test('staff read contact messages and mark them handled; authors do not see the inbox', async ({ page, browser }) => {
  const subject = `Hộp thư E2E ${randomBytes(4).toString('hex')}`;
  await sql(
    "INSERT INTO contact_messages (id, name, email, subject, message, ip) VALUES (gen_random_uuid(), 'Người gửi', 'a@example.com', $1, 'Nội dung cần trả lời.', '192.0.2.10')",
    [subject],
  );
  await signIn(page, 'EDITOR', '/quan-tri/lien-he?loc=chua-xu-ly');
  await expect(page.getByRole('article', { name: subject })).toContainText('Nội dung cần trả lời.');
  await page.getByRole('link', { name: 'Tất cả' }).click();
  const message = page.getByRole('article', { name: subject });
  await message.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
  await expect(message).toContainText('Đã xử lý');
  expect((await sql<{ handled: boolean }>('SELECT handled_at IS NOT NULL AS handled FROM contact_messages WHERE subject = $1', [subject]))[0]?.handled).toBe(
    true,
  );

  const author = await browser.newPage();
  await signIn(author, 'AUTHOR');
  await expect(author.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Hộp thư liên hệ' })).toHaveCount(0);
  // The admin shell streams before the page's check, so the page (not the status) is the 403 one.
  await author.goto('/quan-tri/lien-he');
  await expect(author.getByRole('heading', { name: 'Bạn không có quyền truy cập trang này' })).toBeVisible();
  await expect(author.getByText(subject)).toHaveCount(0);
  await author.close();
});
