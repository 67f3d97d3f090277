import { expect, test } from '@playwright/test';
import { e2eAuthorId, expectNoAxeViolations, paragraphHtml, portalDatabase, uniqueSuffix } from './fixtures/portal-data';
import { signIn } from './fixtures/sign-in';
import { waitForHydration } from './fixtures/hydration';

// Issue 18 (newsroom taxonomy): tags, pinned "Tin nổi bật", menus and the SEO preview, one
// journey each, as editors and readers meet them.

async function publishedArticle(title: string, slug: string, minutesAgo: number): Promise<string> {
  const prisma = portalDatabase();
  try {
    const row = await prisma.article.create({
      data: {
        title,
        slug,
        summary: `Tóm tắt ${title}`,
        ...paragraphHtml(`Nội dung ${title}.`),
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() - minutesAgo * 60_000),
        authorId: await e2eAuthorId(prisma),
      },
      select: { id: true },
    });
    return row.id;
  } finally {
    await prisma.$disconnect();
  }
}

test('an editor tags an article while typing, the tag page and its feed list it; the SEO preview follows typing', async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const title = `Bài gắn thẻ ${suffix}`;
  const id = await publishedArticle(title, `bai-gan-the-${suffix}`, 5);
  await signIn(page, 'EDITOR', `/quan-tri/tin-tuc/${id}`);

  const tagField = page.getByRole('combobox', { name: 'Thẻ', exact: true });
  await tagField.fill(`Hạ tầng ${suffix}`);
  await tagField.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu 1 thẻ.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Thẻ đã chọn' }).getByText(`Hạ tầng ${suffix}`)).toBeVisible();
  // The existing tag is suggested while typing, without diacritics, and picked by keyboard.
  await tagField.fill('cong nghiep ho');
  await expect(page.getByRole('listbox', { name: 'Thẻ gợi ý' }).getByRole('option', { name: 'Công nghiệp hỗ trợ' })).toBeVisible();
  await tagField.press('ArrowDown');
  await tagField.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu 2 thẻ.' })).toBeVisible();

  // The live preview: defaults from the article, then what the editor types.
  const searchTitle = page.locator('[data-preview="search-title"]');
  await expect(searchTitle).toHaveText(title);
  await page.getByLabel('Tiêu đề SEO').fill(`Tiêu đề tìm kiếm ${suffix}`);
  await expect(searchTitle).toHaveText(`Tiêu đề tìm kiếm ${suffix}`);
  await expect(page.locator('[data-preview="card-title"]')).toHaveText(`Tiêu đề tìm kiếm ${suffix}`);
  await page.getByLabel('Mô tả SEO').fill('Mô tả chia sẻ riêng');
  await expect(page.locator('[data-preview="search-description"]')).toHaveText('Mô tả chia sẻ riêng');
  await page.getByRole('button', { name: 'Lưu SEO' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin SEO và chia sẻ.' })).toBeVisible();

  const tagSlug = `ha-tang-${suffix}`;
  const response = await page.goto(`/tin-tuc/the/${tagSlug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: `Thẻ: Hạ tầng ${suffix}` })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
  const feed = await request.get(`/tin-tuc/the/${tagSlug}/rss.xml`);
  expect(feed.headers()['content-type']).toMatch(/application\/rss\+xml/);
  expect(await feed.text()).toContain(`<title>${title}</title>`);

  // The article shows its tags, and its metadata carries the SEO fields.
  await page.goto(`/tin-tuc/bai-gan-the-${suffix}`);
  await expect(page.getByRole('navigation', { name: 'Thẻ' }).getByRole('link', { name: `Hạ tầng ${suffix}` })).toHaveAttribute(
    'href',
    `/tin-tuc/the/${tagSlug}`,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `Tiêu đề tìm kiếm ${suffix}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Mô tả chia sẻ riêng');
});

test('a pinned article leads the home page, ahead of newer articles, until unpinned', async ({ page }) => {
  const suffix = uniqueSuffix();
  const pinned = `Bài ghim ${suffix}`;
  await publishedArticle(pinned, `bai-ghim-${suffix}`, 30);
  await publishedArticle(`Bài mới hơn ${suffix}`, `bai-moi-hon-${suffix}`, 1);
  await signIn(page, 'EDITOR', '/quan-tri/trang-chu');
  await page.getByLabel('Bài viết').selectOption({ label: pinned });
  await page.getByRole('button', { name: 'Ghim bài' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã đưa “${pinned}” vào Tin nổi bật.` })).toBeVisible();

  await page.goto('/');
  const featured = page.getByRole('region', { name: 'Tin nổi bật' });
  await expect(featured.getByRole('heading', { level: 3 }).first()).toHaveText(pinned);

  // Unpinned again, so other journeys see the newest article first.
  await page.goto('/quan-tri/trang-chu');
  await waitForHydration(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Xóa “${pinned}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã bỏ ghim bài viết.' })).toBeVisible();
});

test('a menu item added in the admin appears in the public header; a bad address is refused', async ({ page }) => {
  const suffix = uniqueSuffix();
  const label = `Mục thử ${suffix}`;
  await signIn(page, 'ADMIN', '/quan-tri/menu');
  const form = page.getByRole('region', { name: 'Thêm mục vào menu đầu trang' });
  await form.getByLabel('Tên mục').fill(label);
  await form.getByLabel('Đường dẫn').fill('/tim-kiem');
  await form.getByRole('button', { name: 'Thêm mục' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã thêm mục “${label}”.` })).toBeVisible();

  // A bad address is refused in Vietnamese and nothing is added.
  await form.getByLabel('Tên mục').fill(`Sai ${suffix}`);
  await form.getByLabel('Liên kết tới').selectOption('URL');
  await form.getByLabel('Địa chỉ').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Thêm mục' }).click();
  await expect(form.getByText('Địa chỉ phải bắt đầu bằng http:// hoặc https://', { exact: false })).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: label })).toHaveAttribute('href', '/tim-kiem');
  // The seeded menu is still there, with the news categories under "Tin tức".
  await expect(page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tin tức', exact: true })).toBeVisible();

  await page.goto('/quan-tri/menu');
  await waitForHydration(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Xóa “${label}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa mục menu.' })).toBeVisible();
});
