import { expect, type Locator, type Page } from '@playwright/test';
import pg from 'pg';
import { e2eDatabaseUrl } from './fixtures/env';
import { waitForHydration } from './fixtures/hydration';

// Shared steps of the editor journeys.

export { signIn } from './fixtures/sign-in';

export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/**
 * The status badge of the editor on screen. Next keeps recently left routes in the document,
 * hidden (<Activity>): once the new-article screen has become an article's edit screen, the
 * earlier editor's badge is still there, invisible, so the query must ask for the visible one.
 */
export function articleStatus(page: Page): Locator {
  return page.getByTestId('article-status').filter({ visible: true });
}

/**
 * Creates a draft through the editor UI and waits until it is saved; returns its id. Closes the
 * "saved" notice it waited for, so that a caller's next save is seen by its own notice.
 */
export async function createDraft(page: Page, title: string, text: string): Promise<string> {
  await page.goto('/quan-tri/tin-tuc/moi');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(title);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Đã lưu bài viết.' });
  await expect(saved).toBeVisible();
  await page.waitForURL(/\/quan-tri\/tin-tuc\/[0-9a-f-]{36}$/);
  await saved.getByRole('button', { name: 'Đóng thông báo' }).click();
  await expect(saved).toHaveCount(0);
  return page.url().split('/').pop() ?? '';
}
