import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { e2eDatabaseUrl, invalidateServerCaches } from './fixtures/env.ts';
import { signIn } from './fixtures/sign-in.ts';

// Search and the admin list stop counting past a bound (issue 7): the search ranks the newest
// 100 matches and says "hơn 100 kết quả"; the admin list counts 200 rows past the page for a
// text filter and says "Hơn … bài viết" and "Trang 1 / hơn …". 230 articles with a word of
// their own, dated 2001 so that no other spec's list shows them: 105 published, 125 drafts.

const word = `gioihan${randomBytes(4).toString('hex')}`;

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO articles (id, title, slug, ascii_title, body, body_text, status, published_at, author_id, created_at, updated_at)
       SELECT gen_random_uuid(), 'Bài ' || $1 || ' số ' || n, $1 || '-' || n, 'Bai ' || $1 || ' so ' || n, '{}'::jsonb,
              'Nội dung nhắc đến ' || $1 || '.', CASE WHEN n <= 105 THEN 'PUBLISHED' ELSE 'DRAFT' END::"ArticleStatus",
              CASE WHEN n <= 105 THEN timestamptz '2001-01-01' + n * interval '1 hour' END,
              (SELECT id FROM users ORDER BY created_at LIMIT 1), timestamptz '2001-01-01', timestamptz '2001-01-01' + n * interval '1 minute'
       FROM generate_series(1, 230) AS n`,
      [word],
    );
  } finally {
    await client.end();
  }
  await invalidateServerCaches(['articles']);
});

test('a search matching more than 100 articles shows the newest 100, over 10 pages', async ({ page }) => {
  await page.goto(`/tim-kiem?q=${word}`);
  await expect(page.getByRole('status')).toContainText(`Tìm thấy hơn 100 kết quả cho “${word}”`);
  const results = page.getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('article').getByRole('link');
  await expect(results).toHaveCount(10);
  // Newest first among equals (no title carries more of the words than another).
  await expect(results.first()).toHaveText(`Bài ${word} số 105`);
  const pagination = page.getByRole('navigation', { name: 'Phân trang' });
  await expect(pagination.getByRole('link', { name: 'Trang 10' })).toBeVisible();
  await expect(pagination.getByRole('link', { name: 'Trang 11' })).toHaveCount(0);
  await page.goto(`/tim-kiem?q=${word}&trang=10`);
  await expect(results.last()).toHaveText(`Bài ${word} số 6`);
});

test('the admin list filtered by text says "more than" once it stops counting', async ({ page }) => {
  await signIn(page, 'EDITOR', `/quan-tri/tin-tuc?q=${word}`);
  await expect(page.getByText('Hơn 200 bài viết')).toBeVisible();
  const pagination = page.getByRole('navigation', { name: 'Phân trang' });
  await expect(pagination).toContainText('Trang 1 / hơn 10');
  await page.goto(`/quan-tri/tin-tuc?q=${word}&trang=3`);
  // From page 3 the window reaches past the last article: the count is exact again.
  await expect(page.getByText('230 bài viết', { exact: true })).toBeVisible();
  await expect(pagination).toContainText('Trang 3 / 12');
});
