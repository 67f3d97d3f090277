import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { prisma } from '@/lib/db';
import { seedDemoContent } from '@/lib/seed/demo-content';
import { hashPassword } from '@/lib/auth/password';
import { snapshotDatabase } from '@/test/db-snapshot';
import { databaseUrl } from '@/test/database-urls';
import { createBackup } from './backup';
import { RestoreError, restoreBackup } from './restore';

// No data lost (issue 5): backup → restore into an empty database and folder gives back every
// row of every table and every media file byte for byte; a damaged archive restores nothing.

let work: string;
let uploadDir: string;
let emptyDatabases: string[] = [];
const serverUrl = inject('serverUrl');

async function emptyDatabase(): Promise<string> {
  const name = `ccn_restore_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  emptyDatabases.push(name);
  return databaseUrl(serverUrl, name);
}

async function filesUnder(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(root, full)] = (await readFile(full)).toString('base64');
  }
  return files;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'ccn-backup-'));
  uploadDir = path.join(work, 'uploads');
  await seedDemoContent(prisma);
  const admin = await prisma.user.create({
    data: { email: 'sao-luu@test.local', name: 'Người "sao lưu" \\ ✓', role: 'ADMIN', passwordHash: await hashPassword('mat-khau-sao-luu-1') },
  });
  // Awkward values: unicode, quotes, JSON, nulls, timestamps with milliseconds, big text.
  await prisma.auditLog.create({
    data: {
      actorId: admin.id,
      actorEmail: admin.email,
      action: 'test.backup',
      entityType: 'Test',
      summary: { nested: { a: [1, 'hai', null, true] }, text: 'Ệ\u0001"\n' },
      ip: '::1',
      createdAt: new Date('2026-11-26T01:02:03.456Z'),
    },
  });
  await prisma.siteSetting.upsert({
    where: { key: 'footer.text' },
    update: { value: 'x'.repeat(100_000) },
    create: { key: 'footer.text', value: 'x'.repeat(100_000) },
  });
  await mkdir(path.join(uploadDir, 'ab', 'cd'), { recursive: true });
  await writeFile(path.join(uploadDir, 'ab', 'cd', 'anh.webp'), randomBytes(300_000));
  await writeFile(path.join(uploadDir, 'video.mp4'), randomBytes(1_234_567));
  await writeFile(path.join(uploadDir, 'rong.bin'), Buffer.alloc(0));
});

afterAll(async () => {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  for (const name of emptyDatabases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  emptyDatabases = [];
  await rm(work, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips every row of every table and every media file byte for byte', async () => {
    const file = path.join(work, 'sao-luu.tar.gz');
    const { manifest } = await createBackup({ databaseUrl: process.env.DATABASE_URL as string, uploadDir, file });
    expect(manifest.tables.find((table) => table.name === 'articles')?.rows).toBeGreaterThan(0);
    expect(manifest.media).toHaveLength(3);

    const target = await emptyDatabase();
    const restoredUploads = path.join(work, 'restored-uploads');
    await restoreBackup({ databaseUrl: target, uploadDir: restoredUploads, file });

    const original = await snapshotDatabase(process.env.DATABASE_URL);
    const restored = await snapshotDatabase(target);
    expect(Object.keys(restored)).toEqual(Object.keys(original));
    for (const table of Object.keys(original)) expect(restored[table], table).toEqual(original[table]);
    expect(Object.values(original).flat().length).toBeGreaterThan(10);
    expect(await filesUnder(restoredUploads)).toEqual(await filesUnder(uploadDir));
  });

  it('refuses a database or folder that is not empty, and changes nothing there', async () => {
    const file = path.join(work, 'sao-luu-2.tar.gz');
    await createBackup({ databaseUrl: process.env.DATABASE_URL as string, uploadDir, file });
    const before = await snapshotDatabase(process.env.DATABASE_URL);
    await expect(restoreBackup({ databaseUrl: process.env.DATABASE_URL as string, uploadDir: path.join(work, 'x'), file })).rejects.toBeInstanceOf(
      RestoreError,
    );
    expect(await snapshotDatabase(process.env.DATABASE_URL)).toEqual(before);
    await expect(restoreBackup({ databaseUrl: await emptyDatabase(), uploadDir, file })).rejects.toThrow(/not empty/);
  });

  it('restores nothing from a truncated or tampered archive', async () => {
    const file = path.join(work, 'sao-luu-3.tar.gz');
    await createBackup({ databaseUrl: process.env.DATABASE_URL as string, uploadDir, file });
    const bytes = await readFile(file);
    const truncated = path.join(work, 'cut.tar.gz');
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const target = await emptyDatabase();
    const folder = path.join(work, 'cut-uploads');
    await expect(restoreBackup({ databaseUrl: target, uploadDir: folder, file: truncated })).rejects.toThrow();
    const after = await snapshotDatabase(target);
    expect(Object.values(after).flat()).toEqual([]);
    expect(await filesUnder(folder)).toEqual({});
  });
});
