import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { articleStatus, createDraft, signIn, sql, unique } from './editor-helpers';
import { waitForHydration } from './fixtures/hydration';

test('an editor writes a rich article and publishes it; readers find it everywhere', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = unique('Khánh thành cụm công nghiệp');
  await signIn(page, 'EDITOR');
  await page.goto('/quan-tri/tin-tuc/moi');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(title);
  await expect(page.getByRole('textbox', { name: 'Đường dẫn', exact: true })).toHaveValue(/^khanh-thanh-cum-cong-nghiep-/);
  await page.getByLabel('Tóm tắt', { exact: true }).fill('Tóm tắt bài viết thử nghiệm.');
  const category = page.getByLabel('Chuyên mục', { exact: true });
  await category.selectOption({ index: 1 });
  const categoryName = (await category.locator('option:checked').textContent())?.trim() ?? '';

  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.type('Đoạn mở đầu của bài.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Tiêu đề cấp 2' }).click();
  await expect(page.getByRole('button', { name: 'Tiêu đề cấp 2' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Những điểm chính');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'In đậm' }).click();
  await page.keyboard.type('chữ đậm quan trọng');
  await page.getByRole('button', { name: 'In đậm' }).click();
  await page.keyboard.press('Enter');

  // Links: javascript: is refused in the editor, https is accepted.
  await page.getByRole('button', { name: 'Liên kết', exact: true }).click();
  await page.getByLabel('Địa chỉ liên kết').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Áp dụng liên kết' }).click();
  await expect(page.getByText(/Liên kết không hợp lệ/)).toBeVisible();
  await page.getByLabel('Địa chỉ liên kết').fill('https://ninhbinh.gov.vn/');
  await page.getByRole('button', { name: 'Áp dụng liên kết' }).click();
  await page.keyboard.press('Enter');

  // An image uploaded from the editor's image dialog, with alt text and caption.
  const fileName = `anh-${Date.now()}.png`;
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#0a4d8f' } })
    .png()
    .toBuffer();
  await page.getByRole('button', { name: 'Chèn ảnh', exact: true }).first().click();
  await page.getByRole('button', { name: 'Chọn ảnh từ thư viện hoặc tải lên' }).click();
  const library = page.getByRole('dialog', { name: 'Thư viện media' });
  await library.getByRole('button', { name: 'Tải lên tệp mới' }).click();
  await library.getByLabel('Chọn tệp từ máy').setInputFiles({ name: fileName, mimeType: 'image/png', buffer: png });
  // Re-encoding into WebP/AVIF sizes is CPU-bound: slow on a busy 2-core machine.
  await expect(library).toBeHidden({ timeout: 60_000 });
  await page.getByLabel('Mô tả ảnh (alt, bắt buộc)').fill('Toàn cảnh cụm công nghiệp');
  await page.getByLabel('Chú thích ảnh').fill('Ảnh minh hoạ');
  await page.getByRole('button', { name: 'Chèn ảnh', exact: true }).last().click();
  await expect(body.locator('img[alt="Toàn cảnh cụm công nghiệp"]')).toBeVisible();

  // A table and a YouTube embed (a bad URL is refused first).
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  await page.keyboard.type('Ô đầu');
  await expect(page.getByRole('button', { name: 'Thêm hàng' })).toBeVisible();
  await page.getByRole('button', { name: 'Chèn video YouTube' }).click();
  await page.getByLabel('Đường dẫn video YouTube').fill('https://vimeo.com/123');
  await page.getByRole('button', { name: 'Chèn video', exact: true }).click();
  await expect(page.getByText(/Đường dẫn YouTube không hợp lệ/)).toBeVisible();
  await page.getByLabel('Đường dẫn video YouTube').fill('https://youtu.be/dQw4w9WgXcQ');
  await page.getByRole('button', { name: 'Chèn video', exact: true }).click();
  await expect(page.getByText(/\d+ từ/)).toBeVisible();

  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(page.getByText('Đã xuất bản bài viết.')).toBeVisible();
  await expect(articleStatus(page)).toHaveText('Đã đăng');

  const [row] = await sql<{ slug: string; body_html: string; category_slug: string }>(
    'SELECT a.slug, a.body_html, c.slug AS category_slug FROM articles a JOIN categories c ON c.id = a.category_id WHERE a.title = $1',
    [title],
  );
  expect(row?.body_html).toContain('<h2>Những điểm chính</h2>');
  expect(row?.body_html).toContain('<strong>chữ đậm quan trọng</strong>');
  expect(row?.body_html).toContain('href="https://ninhbinh.gov.vn/"');
  expect(row?.body_html).toContain('alt="Toàn cảnh cụm công nghiệp"');
  expect(row?.body_html).toContain('<table');
  expect(row?.body_html).toContain('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');

  // A reader (no session) finds it at once.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto('/');
  await expect(readerPage.getByRole('link', { name: title }).first()).toBeVisible();
  await readerPage.goto(`/tin-tuc/${row!.slug}`);
  await expect(readerPage.getByRole('heading', { level: 2, name: 'Những điểm chính' })).toBeVisible();
  // The portal renders YouTube as a click-to-load button (no request to YouTube until clicked).
  await expect(readerPage.locator('button[data-youtube-id="dQw4w9WgXcQ"]')).toHaveCount(1);
  await expect(readerPage.locator('img[alt="Toàn cảnh cụm công nghiệp"]')).toBeVisible();
  await readerPage.goto(`/tin-tuc/danh-muc/${row!.category_slug}`);
  await expect(readerPage.getByRole('link', { name: title }).first()).toBeVisible();
  await readerPage.goto(`/tim-kiem?q=${encodeURIComponent(title)}`);
  await expect(readerPage.getByRole('link', { name: title }).first()).toBeVisible();
  const rss = await readerPage.request.get('/rss.xml');
  expect(await rss.text()).toContain(title);
  expect(categoryName).not.toBe('');
  await reader.close();
});

test('an author submits; an editor reviews and publishes', async ({ browser }) => {
  const title = unique('Bài của tác giả');
  const authorContext = await browser.newContext();
  const author = await authorContext.newPage();
  await signIn(author, 'AUTHOR');
  const id = await createDraft(author, title, 'Nội dung tác giả viết.');
  await expect(author.getByRole('button', { name: 'Xuất bản', exact: true })).toHaveCount(0);
  await author.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(articleStatus(author)).toHaveText('Chờ duyệt');
  await authorContext.close();

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, 'EDITOR');
  await editor.goto('/quan-tri/tin-tuc?trangThai=PENDING_REVIEW');
  await editor.getByRole('link', { name: title }).click();
  await editor.waitForURL(`**/quan-tri/tin-tuc/${id}`);
  await waitForHydration(editor);
  await editor.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(articleStatus(editor)).toHaveText('Đã đăng');
  const [row] = await sql<{ slug: string }>('SELECT slug FROM articles WHERE id = $1', [id]);
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/tin-tuc/${row!.slug}`);
  await expect(readerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await reader.close();
  await editorContext.close();
});
