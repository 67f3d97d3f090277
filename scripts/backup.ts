import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../lib/backup/backup.ts';
import { log, runCli } from './lib/cli.ts';
import { openDatabase } from './lib/database.ts';

// `npm run backup [-- --out FILE]`: the whole database and every uploaded file in one .tar.gz
// (default: DATA_DIR/backups/ccn-backup-<time>.tar.gz).
const { values } = parseArgs({ options: { out: { type: 'string' } } });

await runCli(async (env) => {
  const database = await openDatabase(env, log);
  try {
    const stamp = new Date().toISOString().replaceAll(':', '-').replace(/\.\d+Z$/, 'Z');
    const file = path.resolve(values.out ?? path.join(env.dataDir, 'backups', `ccn-backup-${stamp}.tar.gz`));
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.dirname(file), { recursive: true });
    const { manifest } = await createBackup({ databaseUrl: database.url, uploadDir: env.uploadDir, file });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(`Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.media.length} media files.`);
  } finally {
    await database.stop();
  }
});
