import { migrate } from '../lib/database/migrator.ts';
import { log, runCli } from './lib/cli.ts';
import { openDatabase } from './lib/database.ts';

// `npm run db:migrate`: applies pending migrations (DATABASE_URL, or the embedded database).
await runCli(async (env) => {
  const database = await openDatabase(env, log);
  try {
    const result = await migrate(database.url, { log });
    log(result.applied.length ? `Applied ${result.applied.length} migration(s).` : `Nothing to apply (${result.alreadyApplied} migrations already applied).`);
  } finally {
    await database.stop();
  }
});
