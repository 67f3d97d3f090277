import { expect, test } from '@playwright/test';
import { e2eAuthorId, expectNoAxeViolations, portalDatabase, uniqueSuffix } from './fixtures/portal-data';
import { waitForHydration } from './fixtures/hydration';
import { signIn } from './fixtures/sign-in';

// Issue 18 part 8 (Thư viện ảnh): a reader opens an album in the viewer by keyboard, and the
// same album placed in an article appears on the article page. The album is made in the
// database from the seeded demo images (lib/seed/photo-albums.ts).

interface Made {
  albumSlug: string;
  albumTitle: string;
  articleSlug: string;
  captions: string[];
}

async function albumAndArticle(suffix: string): Promise<Made> {
  const prisma = portalDatabase();
  try {
    const seeded = await prisma.photoAlbumImage.findMany({
      where: { album: { slug: 'ha-tang-cac-cum-cong-nghiep' } },
      orderBy: { position: 'asc' },
      select: { mediaId: true },
    });
    expect(seeded.length).toBeGreaterThanOrEqual(3);
    const albumTitle = `Album thử ${suffix}`;
    const albumSlug = `album-thu-${suffix}`;
    const captions = [`Chú thích một ${suffix}`, `Chú thích hai ${suffix}`, `Chú thích ba ${suffix}`];
    const album = await prisma.photoAlbum.create({
      data: {
        title: albumTitle,
        slug: albumSlug,
        description: 'Album của phép thử đầu cuối.',
        published: true,
        publishedAt: new Date(),
        images: {
          create: seeded.slice(0, 3).map(({ mediaId }, position) => ({ mediaId, position, caption: captions[position]!, credit: `Tác giả ${position + 1}` })),
        },
      },
      select: { id: true },
    });
    const articleSlug = `bai-co-album-${suffix}`;
    const node = { type: 'photoAlbum', attrs: { albumId: album.id, slug: albumSlug, title: albumTitle } };
    await prisma.article.create({
      data: {
        title: `Bài có album ${suffix}`,
        slug: articleSlug,
        summary: 'Bài viết có chèn album ảnh.',
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Trước album.' }] }, node, { type: 'paragraph' }] },
        // As lib/content/render.ts renders the node (the placeholder the article page replaces).
        bodyHtml: `<p>Trước album.</p><figure data-photo-album="${album.id}"><a href="/thu-vien-anh/${albumSlug}" rel="noopener noreferrer nofollow">Album ảnh: ${albumTitle}</a></figure><p></p>`,
        bodyText: `Trước album.\n\nAlbum ảnh: ${albumTitle}`,
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() - 60_000),
        authorId: await e2eAuthorId(prisma),
      },
    });
    return { albumSlug, albumTitle, articleSlug, captions };
  } finally {
    await prisma.$disconnect();
  }
}

test('an album opens in the viewer by keyboard, and appears live in an article that places it', async ({ page }) => {
  const made = await albumAndArticle(uniqueSuffix());

  // The list of albums (seeded ones at least): cover, title, count, date; no axe violations.
  await page.goto('/thu-vien-anh');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện ảnh' })).toBeVisible();
  const seededCard = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Hạ tầng các cụm công nghiệp tỉnh Ninh Bình' }) });
  await expect(seededCard).toContainText(/3 ảnh · \d{2}\/\d{2}\/\d{4}/);
  await expectNoAxeViolations(page);

  const response = await page.goto(`/thu-vien-anh/${made.albumSlug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: made.albumTitle })).toBeVisible();
  const thumbnails = page.getByRole('list', { name: `Ảnh trong album “${made.albumTitle}”` }).getByRole('link');
  await expect(thumbnails).toHaveCount(3);
  // Without JavaScript each thumbnail is a link to the full image; all are lazy <picture>s.
  await expect(thumbnails.nth(1)).toHaveAttribute('href', /^\/media\/images\//);
  await expect(page.getByRole('list', { name: `Ảnh trong album “${made.albumTitle}”` }).locator('picture img[loading="lazy"]')).toHaveCount(3);
  await expect(page.getByText('Ảnh: Tác giả 2')).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);

  // Tab from the link before the gallery to the second thumbnail, Enter opens the viewer there.
  await page.getByRole('link', { name: '‹ Thư viện ảnh' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const second = thumbnails.nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  const viewer = page.getByRole('dialog', { name: `Xem ảnh trong album “${made.albumTitle}”` });
  await expect(viewer).toBeVisible();
  await expect(viewer).toContainText('Ảnh 2/3');
  await expect(viewer.locator('figcaption')).toContainText(made.captions[1]!);
  await expect(viewer.locator('figcaption')).toContainText('Ảnh: Tác giả 2');
  await page.keyboard.press('ArrowRight');
  await expect(viewer).toContainText('Ảnh 3/3');
  await expect(viewer.locator('figcaption')).toContainText(made.captions[2]!);
  await page.keyboard.press('ArrowRight');
  await expect(viewer).toContainText('Ảnh 1/3');
  await page.keyboard.press('ArrowLeft');
  await expect(viewer).toContainText('Ảnh 3/3');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(second).toBeFocused();

  // The article draws the live album where the editor placed it.
  await page.goto(`/tin-tuc/${made.articleSlug}`);
  const placed = page.getByRole('figure', { name: `Album ảnh: ${made.albumTitle}` });
  await expect(placed).toBeVisible();
  await expect(placed.getByRole('link', { name: /^Xem ảnh/ })).toHaveCount(3);
  await expect(placed.getByRole('link', { name: 'Xem trang album' })).toHaveAttribute('href', `/thu-vien-anh/${made.albumSlug}`);
  await waitForHydration(page);
  await placed.getByRole('link', { name: /^Xem ảnh 1\/3/ }).click();
  await expect(page.getByRole('dialog', { name: `Xem ảnh trong album “${made.albumTitle}”` })).toContainText(made.captions[0]!);
});

test('an editor makes an album in the admin: images from the library, reordered by keyboard, caption, published', async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Album biên tập ${suffix}`;
  await signIn(page, 'EDITOR', '/quan-tri/thu-vien-anh/moi');
  await waitForHydration(page);
  // Bad input: nothing saved, a Vietnamese message on the field.
  await page.getByRole('button', { name: 'Thêm album', exact: true }).click();
  await expect(page.getByText('Tên album là bắt buộc.')).toBeVisible();

  await page.getByLabel('Tên album').fill(title);
  await expect(page.getByLabel('Đường dẫn (slug)')).toHaveValue(`album-bien-tap-${suffix}`);
  const library = page.getByRole('dialog', { name: 'Thư viện media' });
  for (const name of ['ccn-nha-xuong', 'ccn-duong-noi-bo']) {
    await page.getByRole('button', { name: 'Thêm ảnh từ thư viện' }).click();
    await library.getByRole('searchbox').fill(name);
    await library.getByRole('button', { name: 'Tìm' }).click();
    await library.getByRole('button', { name: new RegExp(`^${name}\\.jpg`) }).click();
    await expect(library).toBeHidden();
  }
  const order = page.getByRole('list', { name: 'Thứ tự ảnh trong album' });
  await expect(order.getByRole('listitem')).toHaveCount(2);
  // The second image moves up with the keyboard on its drag handle.
  await order
    .getByRole('listitem')
    .nth(1)
    .getByRole('button', { name: /^Kéo để sắp xếp/ })
    .press('ArrowUp');
  await expect(order.getByRole('listitem').first().getByRole('img')).toHaveAttribute('alt', 'Đường giao thông nội bộ cụm công nghiệp');
  await order.getByRole('listitem').first().getByLabel('Chú thích', { exact: true }).fill(`Đường mới ${suffix}`);
  await order.getByRole('listitem').first().getByLabel('Tác giả ảnh', { exact: true }).fill('Phạm Văn Dũng');
  await page.getByLabel('Xuất bản (hiện trên Thư viện ảnh)').check();
  await page.getByRole('button', { name: 'Thêm album', exact: true }).click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-vien-anh$/);
  await expect(page.getByRole('listitem', { name: title })).toContainText('2 ảnh');

  await page.goto(`/thu-vien-anh/album-bien-tap-${suffix}`);
  const thumbnails = page.getByRole('list', { name: `Ảnh trong album “${title}”` }).getByRole('listitem');
  await expect(thumbnails.first()).toContainText(`Đường mới ${suffix}`);
  await expect(thumbnails.first()).toContainText('Ảnh: Phạm Văn Dũng');
});
