import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { sql } from './editor-helpers';

async function fill(page: Page, subject: string) {
  const form = page.getByRole('form', { name: 'Gửi tin nhắn cho Trung tâm' });
  await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Nhà đầu tư E2E');
  await form.getByRole('textbox', { name: 'Email' }).fill('nhadautu@example.com');
  await form.getByRole('textbox', { name: 'Tiêu đề' }).fill(subject);
  await form.getByRole('textbox', { name: 'Nội dung' }).fill('Xin thông tin về diện tích còn trống tại cụm công nghiệp.');
  return form;
}

// The form refuses submissions made less than 3 s after it was rendered (a bot check).
const HUMAN_PAUSE_MS = 3_500;

test('a visitor sends a message through the contact form; the agency details and officials are listed', async ({ page }) => {
  await page.goto('/lien-he');
  await expect(page.getByRole('main').getByText('Fax', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cán bộ đầu mối' }).getByRole('row')).not.toHaveCount(0);
  const subject = `Hỏi giá thuê đất ${randomBytes(4).toString('hex')}`;
  const form = await fill(page, subject);
  await page.waitForTimeout(HUMAN_PAUSE_MS);
  await form.getByRole('button', { name: 'Gửi tin nhắn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tin nhắn đã được gửi' })).toBeVisible();
  const rows = await sql<{ name: string; email: string; handled_at: Date | null }>('SELECT name, email, handled_at FROM contact_messages WHERE subject = $1', [
    subject,
  ]);
  expect(rows).toEqual([{ name: 'Nhà đầu tư E2E', email: 'nhadautu@example.com', handled_at: null }]);
});

test('a bot that fills the honeypot is rejected and nothing is stored', async ({ page }) => {
  await page.goto('/lien-he');
  const subject = `Quảng cáo ${randomBytes(4).toString('hex')}`;
  const form = await fill(page, subject);
  // Invisible to people and to assistive technology; a form-filling bot fills every input.
  await page.locator('input[name="website"]').fill('http://spam.example', { force: true });
  await page.waitForTimeout(HUMAN_PAUSE_MS);
  await form.getByRole('button', { name: 'Gửi tin nhắn' }).click();
  await expect(form.getByRole('alert')).toHaveText('Không gửi được tin nhắn. Vui lòng tải lại trang và thử lại.');
  expect(await sql('SELECT id FROM contact_messages WHERE subject = $1', [subject])).toEqual([]);
});
