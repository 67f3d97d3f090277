import { expect, test } from '@playwright/test';
import { createDraft, signIn, sql, unique } from './editor-helpers';
import { expectNoAxeViolations } from './fixtures/portal-data';

// Issue 13, items 1 and 3: an inserted video is not lost to the next keystroke, and the
// preview shows the text on screen rather than the last manual save.

test('an inserted YouTube video survives the next keystroke and "Chèn bảng"', async ({ page }) => {
  await signIn(page, 'EDITOR');
  const id = await createDraft(page, unique('Bài có video'), 'Đoạn mở đầu.');
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.press('Control+End');
  await page.getByRole('button', { name: 'Chèn video YouTube' }).click();
  await page.getByLabel('Đường dẫn video YouTube').fill('https://youtu.be/dQw4w9WgXcQ');
  await page.getByRole('button', { name: 'Chèn video', exact: true }).click();
  const video = body.locator('div[data-youtube-video]');
  await expect(video).toHaveCount(1);

  // The cursor is in a paragraph after the video, not on the video.
  await page.keyboard.type('Chữ gõ ngay sau video.');
  await expect(video).toHaveCount(1);
  await expect(body).toContainText('Chữ gõ ngay sau video.');
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  await expect(video).toHaveCount(1);
  await expect(body.locator('table')).toHaveCount(1);

  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bài viết.')).toBeVisible();
  const [row] = await sql<{ body_html: string }>('SELECT body_html FROM articles WHERE id = $1', [id]);
  expect(row?.body_html).toContain('youtube-nocookie.com/embed/dQw4w9WgXcQ');
  expect(row?.body_html).toContain('Chữ gõ ngay sau video.');
  expect(row?.body_html).toContain('<table');
});

test('"Xem trước" shows the unsaved text on screen, and saves nothing as the article', async ({ page, context }) => {
  await signIn(page, 'EDITOR');
  const savedTitle = unique('Bài xem trước');
  const id = await createDraft(page, savedTitle, 'Bản đã lưu.');
  const editingTitle = unique('Tiêu đề đang sửa');
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(editingTitle);
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Câu vừa gõ, chưa bấm lưu.');

  // Clicked at once, before any timed autosave could have run.
  const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Xem trước' }).click()]);
  await preview.waitForURL(`**/quan-tri/tin-tuc/${id}/xem-truoc`);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(editingTitle);
  await expect(preview.getByRole('article')).toContainText('Bản đã lưu. Câu vừa gõ, chưa bấm lưu.');
  await expect(preview.getByRole('main').getByRole('status')).toContainText('nội dung đang soạn');
  await expectNoAxeViolations(preview);

  // The article itself is unchanged until the editor saves.
  const [row] = await sql<{ title: string; body_text: string }>('SELECT title, body_text FROM articles WHERE id = $1', [id]);
  expect(row).toEqual({ title: savedTitle, body_text: expect.not.stringContaining('Câu vừa gõ') });

  // After a real save the preview shows the saved article.
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bài viết.')).toBeVisible();
  await preview.reload();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(editingTitle);
  await expect(preview.getByRole('main').getByRole('status')).not.toContainText('nội dung đang soạn');
});
