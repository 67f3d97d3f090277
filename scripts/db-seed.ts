import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/database/client.ts';
import { migrate } from '../lib/database/migrator.ts';
import { seedDemoContent } from '../lib/seed/demo-content.ts';
import { seedSyntheticArticles } from '../lib/seed/synthetic.ts';
import { seedDemoSections } from '../lib/seed/demo-sections.ts';
import { seedMenus } from '../lib/seed/menus.ts';
import { LocalDiskStorage } from '../lib/storage/local-disk.ts';
import { log, runCli } from './lib/cli.ts';
import { openDatabase } from './lib/database.ts';

// `npm run db:seed [-- --synthetic N]`: the demo content (once), plus N generated articles.
const { values } = parseArgs({ options: { synthetic: { type: 'string' } } });
const synthetic = values.synthetic === undefined ? 0 : Number(values.synthetic);
if (!Number.isInteger(synthetic) || synthetic < 0 || synthetic > 1_000_000) {
  console.error('[ccn] --synthetic takes a whole number of articles from 0 to 1000000, e.g. --synthetic 500');
  process.exit(1);
}

await runCli(async (env) => {
  const database = await openDatabase(env, log);
  const prisma = createPrismaClient(database.url, { max: 2 });
  try {
    await migrate(database.url, { log });
    const demo = await seedDemoContent(prisma);
    log(demo.seeded ? 'Loaded the demo content.' : 'Demo content was already loaded: nothing changed.');
    for (const section of await seedDemoSections(prisma, new LocalDiskStorage(env.uploadDir))) log(section.message);
    const menus = await seedMenus(prisma);
    log(menus.seeded ? 'Loaded the header and footer menus.' : 'Menus were already loaded: nothing changed.');
    if (synthetic > 0) {
      const started = Date.now();
      const inserted = await seedSyntheticArticles(prisma, synthetic);
      log(`Added ${inserted} of ${synthetic} synthetic articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
});
