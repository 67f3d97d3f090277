import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { quoteIdent, tablesInDependencyOrder } from './database-tables.ts';
import { TarWriter } from './tar.ts';

// `npm run backup`: one .tar.gz with every row of every table (JSON Lines, one file per table,
// read in one REPEATABLE READ snapshot so the rows agree with each other), the applied
// migrations, and every file under UPLOAD_DIR. No pg_dump needed: rows go back in with
// jsonb_populate_record, which restores every column type exactly.

export const BACKUP_FORMAT = 'ccn-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
  media: { path: string; size: number; sha256: string }[];
}

export interface BackupResult {
  file: string;
  manifest: BackupManifest;
}

const ROWS_PER_BATCH = 500;

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.tmp')))
    .sort();
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  const { createReadStream } = await import('node:fs');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function createBackup(options: { databaseUrl: string; uploadDir: string; file: string }): Promise<BackupResult> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  // Written next to the target and renamed at the end: a failed backup never looks complete.
  const partial = `${options.file}.partial`;
  const tarStream = new PassThrough();
  const done = pipeline(tarStream, createGzip({ level: 6 }), createWriteStream(partial));
  const tar = new TarWriter(tarStream);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (
      await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      )
    ).rows.map((row) => row.migration_name);
    const tables: BackupManifest['tables'] = [];
    for (const table of await tablesInDependencyOrder(client)) {
      const lines: string[] = [];
      for (let offset = 0; ; offset += ROWS_PER_BATCH) {
        // Ordered by the row's own text so the same data always gives the same file.
        const batch = await client.query<{ row: string }>(
          `SELECT to_jsonb(t)::text AS row FROM ${quoteIdent(table)} t ORDER BY 1 LIMIT ${ROWS_PER_BATCH} OFFSET ${offset}`,
        );
        lines.push(...batch.rows.map((row) => row.row));
        if (batch.rows.length < ROWS_PER_BATCH) break;
      }
      tables.push({ name: table, rows: lines.length });
      await tar.addBuffer(`db/${table}.jsonl`, Buffer.from(lines.length ? `${lines.join('\n')}\n` : '', 'utf8'));
    }
    await client.query('COMMIT');

    const media: BackupManifest['media'] = [];
    for (const relative of await listFiles(options.uploadDir)) {
      const full = path.join(options.uploadDir, relative);
      const info = await stat(full);
      media.push({ path: relative, size: info.size, sha256: await sha256(full) });
      await tar.addFile(`media/${relative}`, full, info.size, info.mtime);
    }
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables, media };
    await tar.addBuffer('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
    await tar.finish();
    await done;
    await rename(partial, options.file);
    return { file: options.file, manifest };
  } catch (error) {
    tarStream.destroy(error as Error);
    await done.catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
