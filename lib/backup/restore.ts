import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { migrate } from '../database/migrator.ts';
import { BACKUP_FORMAT, type BackupManifest } from './backup.ts';
import { quoteIdent, tablesInDependencyOrder } from './database-tables.ts';
import { readTar } from './tar.ts';

// `npm run restore FILE`: into an EMPTY database (migrated here first) and an empty UPLOAD_DIR.
// Everything is inserted in one transaction: a bad archive leaves the database empty, never
// half restored. Media files are checked against the manifest's SHA-256 before they are kept.

export class RestoreError extends Error {}

const ROWS_PER_INSERT = 200;

async function assertEmpty(client: pg.Client, uploadDir: string): Promise<void> {
  for (const table of await tablesInDependencyOrder(client)) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table)}) AS any`);
    if (rows[0]?.any) throw new RestoreError(`The database is not empty (table ${table} has rows): restore only into an empty database.`);
  }
  const existing = await readdir(uploadDir).catch(() => []);
  if (existing.length > 0) throw new RestoreError(`The upload folder ${uploadDir} is not empty: restore only into an empty folder.`);
}

function safeMediaPath(uploadDir: string, relative: string): string {
  const target = path.resolve(uploadDir, relative);
  if (!target.startsWith(path.resolve(uploadDir) + path.sep) || relative.includes('\0'))
    throw new RestoreError(`Refusing a media path outside the upload folder: ${relative}`);
  return target;
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

export async function restoreBackup(options: { databaseUrl: string; uploadDir: string; file: string }): Promise<BackupManifest> {
  await migrate(options.databaseUrl);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const staging = path.join(options.uploadDir, `.tmp-restore-${process.pid}`);
  try {
    await mkdir(options.uploadDir, { recursive: true });
    await assertEmpty(client, options.uploadDir);
    const applied = new Set(
      (await client.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations"')).rows.map((row) => row.migration_name),
    );
    const tables = new Set(await tablesInDependencyOrder(client));
    const rowsByTable = new Map<string, string[]>();
    const mediaHashes = new Map<string, { sha256: string; size: number }>();
    let manifest: BackupManifest | undefined;

    await mkdir(staging, { recursive: true });
    for await (const entry of readTar(createReadStream(options.file).pipe(createGunzip()))) {
      if (entry.name === 'manifest.json') {
        manifest = JSON.parse((await collect(entry.chunks)).toString('utf8')) as BackupManifest;
      } else if (entry.name.startsWith('db/') && entry.name.endsWith('.jsonl')) {
        const table = entry.name.slice(3, -6);
        if (!tables.has(table)) throw new RestoreError(`The archive has a table this version doesn't know: ${table}`);
        const text = (await collect(entry.chunks)).toString('utf8');
        rowsByTable.set(table, text.split('\n').filter(Boolean));
      } else if (entry.name.startsWith('media/')) {
        const relative = entry.name.slice('media/'.length);
        const target = safeMediaPath(staging, relative);
        await mkdir(path.dirname(target), { recursive: true });
        const hash = createHash('sha256');
        const out = createWriteStream(target, { flags: 'wx' });
        for await (const chunk of entry.chunks) {
          hash.update(chunk);
          if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
        }
        await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
        mediaHashes.set(relative, { sha256: hash.digest('hex'), size: entry.size });
      } else {
        throw new RestoreError(`Unexpected entry in the archive: ${entry.name}`);
      }
    }
    if (!manifest || manifest.format !== BACKUP_FORMAT) throw new RestoreError('This file is not a backup made by `npm run backup`.');
    const unknown = manifest.migrations.filter((name) => !applied.has(name));
    if (unknown.length) throw new RestoreError(`The backup comes from a newer version (migrations ${unknown.join(', ')}): update the application first.`);
    for (const table of manifest.tables) {
      if ((rowsByTable.get(table.name)?.length ?? 0) !== table.rows) throw new RestoreError(`Table ${table.name} is incomplete in the archive.`);
    }
    for (const file of manifest.media) {
      const found = mediaHashes.get(file.path);
      if (!found || found.sha256 !== file.sha256 || found.size !== file.size)
        throw new RestoreError(`Media file ${file.path} is missing or damaged in the archive.`);
    }

    await client.query('BEGIN');
    try {
      for (const table of await tablesInDependencyOrder(client)) {
        const rows = rowsByTable.get(table) ?? [];
        for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
          const batch = `[${rows.slice(start, start + ROWS_PER_INSERT).join(',')}]`;
          await client.query(`INSERT INTO ${quoteIdent(table)} SELECT * FROM jsonb_populate_recordset(NULL::${quoteIdent(table)}, $1::jsonb)`, [batch]);
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    // Only now do the files take their place.
    for (const file of manifest.media) {
      const target = safeMediaPath(options.uploadDir, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(safeMediaPath(staging, file.path), target);
    }
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await client.end();
  }
}
