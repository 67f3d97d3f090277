import type { PrismaClient } from '../database/client.ts';
import type { MediaStorage } from '../storage/storage.ts';
import { seedDecreeContent } from './decree-content.ts';
import { seedLawContent } from './law-content.ts';
import { seedPhotoAlbums } from './photo-albums.ts';

export interface DemoSectionOutcome {
  seeded: boolean;
  /** What happened, for the operator's log. */
  message: string;
}

/**
 * The demo sections that come after the original site's content, each seeded once (its own
 * marker). `npm start`, `npm run db:seed` and the e2e database all call this one list, so a new
 * section reaches all three (the photo albums once reached only two).
 */
export async function seedDemoSections(prisma: PrismaClient, storage: MediaStorage): Promise<DemoSectionOutcome[]> {
  const decree = await seedDecreeContent(prisma, storage);
  const law = await seedLawContent(prisma, storage);
  const albums = await seedPhotoAlbums(prisma, storage);
  return [
    {
      seeded: decree.seeded,
      message: decree.seeded
        ? 'Loaded the demo legal documents, clusters, projects and English pages.'
        : 'Decree demo content was already loaded: nothing changed.',
    },
    {
      seeded: law.seeded.length > 0,
      message: law.seeded.length
        ? `Loaded the demo content of the current law: ${law.seeded.join(', ')}.`
        : 'Current-law demo content was already loaded: nothing changed.',
    },
    { seeded: albums.seeded, message: albums.seeded ? 'Loaded the demo photo albums.' : 'Photo albums were already loaded: nothing changed.' },
  ];
}
