import { expect, type Page } from '@playwright/test';
import pg from 'pg';
import { e2eDatabaseUrl, e2eUser, type E2ERole } from './fixtures/env';

// Shared steps of the editor journeys.

export async function signIn(page: Page, role: E2ERole): Promise<void> {
  const user = e2eUser(role);
  await page.goto('/dang-nhap?callbackUrl=/quan-tri');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/quan-tri'));
}

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

/** Creates a draft through the editor UI and waits until it is saved; returns its id. */
export async function createDraft(page: Page, title: string, text: string): Promise<string> {
  await page.goto('/quan-tri/tin-tuc/moi');
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(title);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bài viết.')).toBeVisible();
  await page.waitForURL(/\/quan-tri\/tin-tuc\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop() ?? '';
}
