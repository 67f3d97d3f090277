import { expect, test } from '@playwright/test';
import { createDraft, signIn, sql, unique } from './editor-helpers';
import { waitForHydration } from './fixtures/hydration';

test('autosave survives closing the page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'EDITOR');
  const id = await createDraft(page, unique('Bài tự lưu'), 'Bản đã lưu.');
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Câu viết thêm chưa bấm lưu.');
  await expect(page.getByTestId('autosave-status')).toContainText('Đã tự lưu');
  await page.close();
  // A fresh browser context: the autosave must come from the server, not this browser's storage.
  const fresh = await browser.newContext();
  const reopened = await fresh.newPage();
  await signIn(reopened, 'EDITOR');
  await reopened.goto(`/quan-tri/tin-tuc/${id}`);
  await waitForHydration(reopened);
  await reopened.getByRole('button', { name: 'Khôi phục bản tự lưu' }).click();
  await expect(reopened.getByRole('textbox', { name: 'Nội dung bài viết' })).toContainText('Câu viết thêm chưa bấm lưu.');
  await fresh.close();
  await context.close();
});

test('two editors on one article: the second save gets the conflict and loses nothing', async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, 'EDITOR');
  await signIn(second, 'EDITOR');
  const id = await createDraft(first, unique('Bài hai người sửa'), 'Bản gốc.');
  await second.goto(`/quan-tri/tin-tuc/${id}`);
  await waitForHydration(second);
  await first.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(unique('Bản của người thứ nhất'));
  await first.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(first.getByText('Đã lưu bài viết.')).toBeVisible();

  await second.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await second.keyboard.press('End');
  await second.keyboard.type(' Đoạn quý giá của người thứ hai.');
  await second.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(second.getByTestId('conflict-notice')).toContainText('người khác đã lưu');
  await expect(second.getByRole('link', { name: 'Mở bản mới nhất trong thẻ mới' })).toBeVisible();
  // Still in the editor, and kept on the server as a revision.
  await expect(second.getByRole('textbox', { name: 'Nội dung bài viết' })).toContainText('Đoạn quý giá của người thứ hai.');
  const kept = await sql<{ body: unknown; note: string }>("SELECT body, note FROM article_revisions WHERE article_id = $1 AND note <> ''", [id]);
  expect(JSON.stringify(kept[0]?.body)).toContain('Đoạn quý giá của người thứ hai.');
});

test('"Viết bài mới" after saving an article opens a blank one, not the article just saved', async ({ page }) => {
  await signIn(page, 'EDITOR');
  const firstTitle = unique('Bài vừa lưu');
  const firstId = await createDraft(page, firstTitle, 'Nội dung bài trước.');
  // Client-side navigations: Next keeps the left new-article screen alive (hidden) meanwhile.
  await page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: 'Tin bài' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Viết bài mới' }).click();
  await page.waitForURL(/\/quan-tri\/tin-tuc\/moi$/);
  const title = page.getByRole('textbox', { name: 'Tiêu đề', exact: true });
  await expect(title).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).not.toContainText('Nội dung bài trước.');
  await expect(page.getByRole('link', { name: 'Các phiên bản' })).toHaveCount(0);
  // Saving creates a second article and leaves the first as it was.
  const secondTitle = unique('Bài thứ hai');
  await title.fill(secondTitle);
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await page.keyboard.type('Nội dung bài sau.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bài viết.')).toBeVisible();
  await page.waitForURL(/\/quan-tri\/tin-tuc\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(firstId);
  const [first] = await sql<{ title: string }>('SELECT title FROM articles WHERE id = $1', [firstId]);
  expect(first?.title).toBe(firstTitle);
  expect(await sql('SELECT id FROM articles WHERE title = $1', [secondTitle])).toHaveLength(1);
});

test('a scheduled article appears by itself when its time comes', async ({ page }) => {
  test.setTimeout(90_000);
  const title = unique('Tin hẹn giờ');
  const [author] = await sql<{ id: string }>("SELECT id FROM users WHERE email = 'editor@e2e.test'");
  const slug = `tin-hen-gio-${Date.now()}`;
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đến giờ thì đăng.' }] }] };
  await sql(
    `INSERT INTO articles (id, title, slug, body, body_html, body_text, status, published_at, author_id, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, '<p>Đến giờ thì đăng.</p>', 'Đến giờ thì đăng.', 'SCHEDULED', now() + interval '4 seconds', $4, now())`,
    [title, slug, JSON.stringify(body), author!.id],
  );
  await page.goto('/');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await expect(async () => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  // …and the in-process scheduler flipped its status.
  await expect(async () => {
    const [row] = await sql<{ status: string }>('SELECT status FROM articles WHERE slug = $1', [slug]);
    expect(row?.status).toBe('PUBLISHED');
  }).toPass({ timeout: 45_000, intervals: [2_000] });
});
