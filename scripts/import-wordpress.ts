import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrate } from '../lib/database/migrator.ts';
import { CliError, log, runCli } from './lib/cli.ts';
import { openDatabase } from './lib/database.ts';

// `npm run import:wordpress -- FILE.xml [--media-dir DIR] [--as EMAIL] [--no-fetch]`
// Imports a WordPress export (WXR) exactly as the admin's "Nhập từ WordPress" screen does, plus
// images from a copy of wp-content/uploads. Re-running the same file changes nothing.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'media-dir': { type: 'string' },
    as: { type: 'string' },
    'no-fetch': { type: 'boolean', default: false },
  },
});

await runCli(async (env) => {
  const file = positionals[0];
  if (!file) throw new CliError('Usage: npm run import:wordpress -- FILE.xml [--media-dir DIR] [--as EMAIL] [--no-fetch]');
  const xml = await readFile(file, 'utf8').catch(() => {
    throw new CliError(`Cannot read ${file}.`);
  });
  const mediaDir = values['media-dir'] ? path.resolve(values['media-dir']) : null;
  const database = await openDatabase(env, log);
  process.env.DATABASE_URL = database.url;
  process.env.UPLOAD_DIR = env.uploadDir;
  try {
    await migrate(database.url);
    const { prisma } = await import('../lib/db.ts');
    const { importWordpress } = await import('../lib/data/staff/wordpress-import.ts');
    const actor = await prisma.user.findFirst({
      where: values.as ? { email: values.as.toLowerCase(), disabled: false } : { role: 'ADMIN', disabled: false },
      orderBy: { createdAt: 'asc' },
      select: { id: true, email: true },
    });
    if (!actor) throw new CliError(values.as ? `No active staff account ${values.as}.` : 'No active administrator: create one with npm run user:create.');
    const result = await importWordpress(xml, actor, { fileName: path.basename(file), mediaDir, fetchRemote: !values['no-fetch'] });
    if (!result.ok) throw new CliError(result.message);
    const { created, unchanged, missingMedia, items } = result.report;
    log(
      `Imported as ${actor.email}: ${created.posts} posts, ${created.pages} pages, ${created.categories} categories, ${created.tags} tags, ${created.media} images, ${created.redirects} redirects; ${unchanged} already imported.`,
    );
    for (const item of items.filter((entry) => entry.notes.length > 0)) for (const note of item.notes) log(`  ${item.newUrl}: ${note}`);
    for (const missing of missingMedia) log(`  Missing image ${missing.url}: ${missing.reason}`);
    log(
      `Run id ${result.runId} (undo it in /quan-tri/nhap-wordpress). A running server shows the new content after its next content change or POST /api/cache/invalidate.`,
    );
    await prisma.$disconnect();
  } finally {
    await database.stop();
  }
});
