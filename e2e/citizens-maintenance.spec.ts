import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { hashPassword } from '../lib/auth/password.ts';
import { migrate } from '../lib/database/migrator.ts';
import { e2eDatabaseUrl } from './fixtures/env';
import { startInstance, type Instance } from './fixtures/instances';
import { signIn } from './fixtures/sign-in';

// Issue 16 part 4 (NĐ 224/2026 Đ13): an admin schedules a suspension notice, readers see it as a
// banner, and while the suspension is in force readers get the Vietnamese 503 page with
// Retry-After while staff keep working. Maintenance mode turns every reader away, so this runs
// on its own server instance over its own database: the other specs' server never sees it.

let instance: Instance;
let databaseUrl: string;
let databaseName: string;
const admin = { email: `bao-tri-${randomBytes(4).toString('hex')}@e2e.test`, password: `e2e-${randomBytes(9).toString('base64url')}` };

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function sql<Row extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** dd/mm/yyyy hh:mm in Vietnam time, as the form takes it. */
function vietnamDateTime(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  databaseName = `ccn_e2e_bao_tri_${randomBytes(4).toString('hex')}`;
  await sql(e2eDatabaseUrl(), `CREATE DATABASE ${databaseName}`);
  databaseUrl = withDatabase(e2eDatabaseUrl(), databaseName);
  await migrate(databaseUrl);
  await sql(
    databaseUrl,
    `INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (gen_random_uuid(), $1, 'Quản trị bảo trì', 'ADMIN', $2, now())`,
    [admin.email, await hashPassword(admin.password)],
  );
  instance = await startInstance({ DATABASE_URL: databaseUrl });
});

test.afterAll(async () => {
  await instance?.stop();
  if (databaseName) await sql(e2eDatabaseUrl(), `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
});

test('a scheduled notice shows as a banner; during the suspension readers get a 503 with Retry-After while staff work', async ({ browser }) => {
  test.setTimeout(150_000);
  const message = `Nâng cấp máy chủ ${randomBytes(3).toString('hex')}`;
  const staff = await browser.newContext({ baseURL: instance.url });
  const staffPage = await staff.newPage();
  await signIn(staffPage, admin, '/quan-tri/tam-ngung');

  // Two days ahead: fewer than 7 working days, so the form warns while typing and on saving.
  const start = new Date(Date.now() + 2 * 24 * 3_600_000);
  await staffPage.getByLabel('Nội dung thông báo').fill(message);
  await staffPage.getByLabel('Đăng thông báo từ').fill(vietnamDateTime(new Date(Date.now() - 60_000)));
  await staffPage.getByLabel('Bắt đầu tạm ngừng').fill(vietnamDateTime(start));
  await staffPage.getByLabel('Kết thúc').fill(vietnamDateTime(new Date(start.getTime() + 2 * 3_600_000)));
  await expect(staffPage.getByRole('alert').filter({ hasText: 'ngày làm việc trước khi tạm ngừng' })).toBeVisible();
  await staffPage.getByRole('button', { name: 'Lên lịch' }).click();
  await expect(staffPage.getByRole('status').filter({ hasText: 'Đã lên lịch' })).toBeVisible();

  // Readers see the notice on every public page, before the suspension starts.
  const reader = await browser.newContext({ baseURL: instance.url });
  const readerPage = await reader.newPage();
  for (const path of ['/', '/tin-tuc', '/lien-he']) {
    const response = await readerPage.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(readerPage.getByRole('region', { name: 'Thông báo tạm ngừng hoạt động' }), path).toContainText(message);
  }

  // The start comes (moved to now, as time would): readers are turned away within the watcher's refresh.
  await sql(databaseUrl, `UPDATE maintenance_notices SET starts_at = now() - interval '1 minute', ends_at = now() + interval '2 hours' WHERE message = $1`, [
    message,
  ]);
  await expect
    .poll(async () => (await fetch(`${instance.url}/tin-tuc`)).status, { timeout: 30_000, message: 'readers get 503 once the suspension starts' })
    .toBe(503);
  const turnedAway = await fetch(`${instance.url}/`);
  expect(turnedAway.status).toBe(503);
  expect(Number(turnedAway.headers.get('retry-after'))).toBeGreaterThanOrEqual(60);
  const page503 = await turnedAway.text();
  expect(page503).toContain('<html lang="vi">');
  expect(page503).toContain('tạm ngừng hoạt động để bảo trì');
  expect(page503).toContain(message);
  await readerPage.goto('/');
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText('Cổng thông tin tạm ngừng hoạt động để bảo trì');

  // Staff keep working: the admin answers, and they end the suspension from it.
  const admin200 = await staffPage.goto('/quan-tri/tam-ngung');
  expect(admin200?.status()).toBe(200);
  staffPage.once('dialog', (dialog) => void dialog.accept());
  await staffPage.getByRole('button', { name: 'Xoá' }).first().click();
  await expect(staffPage.getByRole('region', { name: 'Đã lên lịch' })).toContainText('Chưa có thông báo.');
  await expect
    .poll(async () => (await fetch(`${instance.url}/tin-tuc`)).status, { timeout: 30_000, message: 'readers are back once the notice is gone' })
    .toBe(200);

  await staff.close();
  await reader.close();
});
