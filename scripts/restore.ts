import { existsSync } from 'node:fs';
import path from 'node:path';
import { RestoreError, restoreBackup } from '../lib/backup/restore.ts';
import { CliError, log, runCli } from './lib/cli.ts';
import { openDatabase } from './lib/database.ts';

// `npm run restore FILE`: a backup from `npm run backup` into an empty database and an empty
// UPLOAD_DIR (refuses anything else, so it can never overwrite live data).
const file = process.argv[2];

await runCli(async (env) => {
  if (!file) throw new CliError('Usage: npm run restore FILE (a .tar.gz made by `npm run backup`).');
  if (!existsSync(file)) throw new CliError(`No such file: ${file}`);
  const database = await openDatabase(env, log);
  try {
    const manifest = await restoreBackup({ databaseUrl: database.url, uploadDir: env.uploadDir, file: path.resolve(file) }).catch((error: unknown) => {
      if (error instanceof RestoreError) throw new CliError(error.message);
      throw error;
    });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(`Restored ${rows} rows in ${manifest.tables.length} tables and ${manifest.media.length} media files from ${file} (made ${manifest.createdAt}).`);
  } finally {
    await database.stop();
  }
});
