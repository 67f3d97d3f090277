import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../lib/backup/backup.ts';
import { CliError, log, runCli } from './lib/cli.ts';
import { openDatabase } from './lib/database.ts';

// `npm run backup [-- --out FILE] [--keep N]`: the whole database and every uploaded file in one
// .tar.gz (default: DATA_DIR/backups/ccn-backup-<time>.tar.gz). --keep N then deletes all but the
// N newest ccn-backup-*.tar.gz in that folder (the daily timer in deploy/systemd uses it).
const { values } = parseArgs({ options: { out: { type: 'string' }, keep: { type: 'string' } } });
const keep = values.keep === undefined ? undefined : Number(values.keep);

await runCli(async (env) => {
  if (keep !== undefined && (!Number.isInteger(keep) || keep < 1)) throw new CliError('--keep expects a whole number of backups to keep, 1 or more.');
  const database = await openDatabase(env, log);
  try {
    const stamp = new Date()
      .toISOString()
      .replaceAll(':', '-')
      .replace(/\.\d+Z$/, 'Z');
    const file = path.resolve(values.out ?? path.join(env.dataDir, 'backups', `ccn-backup-${stamp}.tar.gz`));
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.dirname(file), { recursive: true });
    const { manifest } = await createBackup({ databaseUrl: database.url, uploadDir: env.uploadDir, file });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(`Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.media.length} media files.`);
    if (keep !== undefined) {
      const folder = path.dirname(file);
      const backups = (await readdir(folder)).filter((name) => /^ccn-backup-.*\.tar\.gz$/.test(name)).sort();
      const old = backups.slice(0, Math.max(0, backups.length - keep));
      for (const name of old) await rm(path.join(folder, name), { force: true });
      if (old.length > 0) log(`Deleted ${old.length} older backup(s), kept the ${keep} newest.`);
    }
  } finally {
    await database.stop();
  }
});
