import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '@/test/databases';
import { DEFAULT_MIGRATIONS_DIR, migrate, migrationChecksum, readMigrations } from './migrator';

const temporaryDirs: string[] = [];
afterEach(async () => {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ccn-migrations-'));
  temporaryDirs.push(dir);
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migrate', () => {
  it('applies every migration to an empty database and records it the way Prisma does', async () => {
    const url = await createEmptyDatabase();
    const files = await readMigrations();
    const result = await migrate(url);
    expect(result.applied).toEqual(files.map((file) => file.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
      rolled_back_at: Date | null;
    }>(url, 'SELECT migration_name, checksum, finished_at, applied_steps_count, logs, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(files[index]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
    const tables = await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(['users', 'articles', 'article_revisions', 'audit_logs']));
  });

  it('applies nothing the second time', async () => {
    const url = await createEmptyDatabase();
    await migrate(url);
    const before = await query(url, 'SELECT * FROM "_prisma_migrations" ORDER BY id');
    const again = await migrate(url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(before.length);
    expect(await query(url, 'SELECT * FROM "_prisma_migrations" ORDER BY id')).toEqual(before);
  });

  it('uses the SHA-256 of the file as its checksum, as Prisma does', async () => {
    const [first] = await readMigrations();
    const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, first!.name, 'migration.sql'), 'utf8');
    expect(first!.checksum).toBe(migrationChecksum(sql));
  });

  it('refuses a migration whose file changed after it was applied, naming it', async () => {
    const url = await createEmptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name, 'migration.sql'), `${first!.sql}\n-- edited afterwards\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(`Migration ${first!.name}/migration.sql was changed after it was applied`);
  });

  it('rolls a failing migration back completely and names its file', async () => {
    const url = await createEmptyDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const broken = '29991231000000_broken';
    await cp(path.join(dir, (await readMigrations(dir))[0]!.name), path.join(dir, broken), { recursive: true });
    await writeFile(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\nINSERT INTO "no_such_table" VALUES (1);\n');
    await expect(migrate(url, { dir })).rejects.toThrow(`Migration ${broken}/migration.sql failed and was rolled back`);
    const leftovers = await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(leftovers).toEqual([]);
    const recorded = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '${broken}'`);
    expect(recorded).toEqual([]);
  });

  it('lets two servers starting at once apply each migration exactly once', async () => {
    const url = await createEmptyDatabase();
    const results = await Promise.all([migrate(url), migrate(url)]);
    const total = results.reduce((sum, result) => sum + result.applied.length, 0);
    expect(total).toBe((await readMigrations()).length);
    const rows = await query<{ count: string }>(url, 'SELECT count(*) FROM "_prisma_migrations"');
    expect(Number(rows[0]!.count)).toBe(total);
  });
});
