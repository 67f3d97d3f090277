import type { AppEnv } from '../../lib/config/env.ts';
import { createPrismaClient } from '../../lib/database/client.ts';
import { migrate } from '../../lib/database/migrator.ts';
import { databaseIsEmpty, DEMO_SEEDED_MARKER, seedDemoContent } from '../../lib/seed/demo-content.ts';
import { ensureFirstAdmin } from '../../lib/seed/first-admin.ts';
import { seedDemoSections } from '../../lib/seed/demo-sections.ts';
import { rerenderBodyImagesOnce } from '../../lib/seed/body-images-rerender.ts';
import { LocalDiskStorage } from '../../lib/storage/local-disk.ts';
import { seedMenus } from '../../lib/seed/menus.ts';

/** Migrations, then on an empty database the demo content and the first administrator; stale body HTML re-rendered. */
export async function prepareDatabase(url: string, env: AppEnv, log: (line: string) => void): Promise<void> {
  const result = await migrate(url, { log });
  if (result.applied.length === 0) log(`Database schema is up to date (${result.alreadyApplied} migrations).`);
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    if (env.SEED_DEMO_CONTENT && (await databaseIsEmpty(prisma))) {
      await seedDemoContent(prisma);
      log('Loaded the demo content (prisma/seed-data/original-site.txt).');
    }
    // Databases that got the demo content also get the portal's legal-basis demo sections (each once).
    if (env.SEED_DEMO_CONTENT && (await prisma.siteSetting.findUnique({ where: { key: DEMO_SEEDED_MARKER } }))) {
      for (const section of await seedDemoSections(prisma, new LocalDiskStorage(env.uploadDir))) if (section.seeded) log(section.message);
    }
    // The header and footer menus become editable items (issue 18), once for every database.
    if ((await seedMenus(prisma)).seeded) log('Loaded the header and footer menus.');
    // Bodies stored before library images were drawn as <picture> (once per renderer version).
    if (!(await databaseIsEmpty(prisma))) {
      const rerendered = await rerenderBodyImagesOnce(prisma);
      if (rerendered?.updated) log(`Re-rendered ${rerendered.updated} of ${rerendered.checked} bodies with library images.`);
    }
    const admin = await ensureFirstAdmin(prisma, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
    if (admin.created && admin.generatedPassword) {
      log(`Created the first administrator: ${admin.email}`);
      log(`  password (shown once, change it after signing in): ${admin.generatedPassword}`);
    } else if (admin.created) {
      log(`Created the first administrator ${admin.email} with ADMIN_PASSWORD.`);
    }
  } finally {
    await prisma.$disconnect();
  }
}
