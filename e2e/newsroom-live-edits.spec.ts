import { expect, test } from '@playwright/test';
import { e2eDatabaseUrl } from './fixtures/env';
import { waitForHydration } from './fixtures/hydration';
import { startInstance, type Instance } from './fixtures/instances';
import { e2eAuthorId, expectNoAxeViolations, paragraphHtml, portalDatabase, uniqueSuffix } from './fixtures/portal-data';
import { signIn } from './fixtures/sign-in';

// Issue 18: an editor changes a live article; readers (anonymous, served from the production
// server's page cache) keep the published text until "Cập nhật bài", then see the new one; the
// revisions screen marks the inserted word.

let instance: Instance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  instance = await startInstance({ DATABASE_URL: e2eDatabaseUrl(), PAGE_CACHE_MAX_AGE_SECONDS: '600', PAGE_CACHE_MAX_MB: '64' });
});

test.afterAll(async () => {
  await instance?.stop();
});

async function read(path: string): Promise<{ cache: string | null; html: string }> {
  const response = await fetch(`${instance.url}${path}`);
  expect(response.status).toBe(200);
  return { cache: response.headers.get('x-page-cache'), html: await response.text() };
}

test('a live article keeps its published text for readers until "Cập nhật bài"; the diff marks the new word', async ({ browser }) => {
  test.setTimeout(150_000);
  const suffix = uniqueSuffix();
  const oldTitle = `Bài đang đăng ${suffix}`;
  const newTitle = `Bài đã sửa ${suffix}`;
  const prisma = portalDatabase();
  const slug = `bai-dang-sua-${suffix}`;
  let id: string;
  try {
    const article = await prisma.article.create({
      data: {
        title: oldTitle,
        slug,
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() - 60_000),
        authorId: await e2eAuthorId(prisma),
        ...paragraphHtml('Nội dung đã đăng.'),
      },
    });
    await prisma.articleRevision.create({ data: { articleId: article.id, kind: 'PUBLISH', title: oldTitle, body: article.body ?? {}, version: 1 } });
    id = article.id;
  } finally {
    await prisma.$disconnect();
  }
  const path = `/tin-tuc/${slug}`;
  await read(path);
  const cached = await read(path);
  expect(cached.cache).toBe('HIT');
  expect(cached.html).toContain(oldTitle);

  // Contexts, not bare pages: axe needs them.
  const editorContext = await browser.newContext({ baseURL: instance.url });
  const editor = await editorContext.newPage();
  await signIn(editor, 'EDITOR', `/quan-tri/tin-tuc/${id}`);
  await editor.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(newTitle);
  const body = editor.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await editor.keyboard.press('End');
  await editor.keyboard.type(' Khẩn');
  await editor.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(editor.getByText('Đã lưu thay đổi. Bạn đọc vẫn thấy bản đã đăng')).toBeVisible();
  await expect(editor.getByTestId('pending-changes-notice')).toContainText('Có thay đổi chưa xuất bản');
  await expectNoAxeViolations(editor);

  // Readers: still the published text, still from the page cache.
  const stillOld = await read(path);
  expect(stillOld.cache).toBe('HIT');
  expect(stillOld.html).toContain(oldTitle);
  expect(stillOld.html).not.toContain(newTitle);
  const readerContext = await browser.newContext({ baseURL: instance.url });
  const reader = await readerContext.newPage();
  await reader.goto(path);
  await expect(reader.getByRole('heading', { level: 1, name: oldTitle })).toBeVisible();

  // The preview shows the pending version.
  const preview = await editorContext.newPage();
  await preview.goto(`/quan-tri/tin-tuc/${id}/xem-truoc`);
  await expect(preview.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
  await expect(preview.getByText('Khẩn')).toBeVisible();
  await preview.close();

  await editor.getByRole('button', { name: 'Cập nhật bài' }).click();
  await expect(editor.getByTestId('pending-changes-notice')).toHaveCount(0);
  await expect.poll(async () => (await read(path)).html.includes(newTitle), { timeout: 10_000 }).toBe(true);
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1, name: newTitle })).toBeVisible();
  await expect(reader.getByText('Nội dung đã đăng. Khẩn')).toBeVisible();

  // Revisions: the first published text against the newest, the inserted word marked.
  await editor.goto(`/quan-tri/tin-tuc/${id}/phien-ban`);
  await waitForHydration(editor);
  const picker = editor.getByRole('form', { name: 'So sánh hai phiên bản' });
  const older = picker.getByRole('combobox', { name: 'Bản cũ' });
  const options = await older.locator('option').allTextContents();
  await older.selectOption({ label: options.at(-1)! });
  await picker.getByRole('combobox', { name: 'Bản mới' }).selectOption({ label: options[0]! });
  await picker.getByRole('button', { name: 'So sánh' }).click();
  const diff = editor.getByTestId('revision-diff');
  await expect(diff.locator('ins').filter({ hasText: 'Khẩn' }).first()).toBeVisible();
  await expect(diff.locator('ins').filter({ hasText: 'Khẩn' }).first()).toContainText('[đã thêm:');
  await expect(diff.locator('del').filter({ hasText: 'đang' }).first()).toBeVisible();
  await expectNoAxeViolations(editor);
  await readerContext.close();
  await editorContext.close();
});
