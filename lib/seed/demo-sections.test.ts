import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { LocalDiskStorage } from '@/lib/storage/local-disk';
import { seedDemoContent } from './demo-content';
import { seedDemoSections } from './demo-sections';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ccn-demo-sections-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('seedDemoSections (the one list npm start, db:seed and the e2e database use)', () => {
  it('loads the decree, current-law and photo-album sections once, and says so each time', async () => {
    const storage = new LocalDiskStorage(root);
    await seedDemoContent(prisma);
    const first = await seedDemoSections(prisma, storage);
    expect(first.map((section) => section.seeded)).toEqual([true, true, true]);
    expect(first[0]!.message).toBe('Loaded the demo legal documents, clusters, projects and English pages.');
    expect(first[1]!.message).toMatch(/^Loaded the demo content of the current law: văn bản pháp luật hiện hành, thủ tục hành chính/);
    expect(first[2]!.message).toBe('Loaded the demo photo albums.');
    expect(await prisma.photoAlbum.count()).toBe(2);
    const documents = await prisma.legalDocument.count();
    expect(documents).toBeGreaterThan(0);

    const again = await seedDemoSections(prisma, storage);
    expect(again).toEqual([
      { seeded: false, message: 'Decree demo content was already loaded: nothing changed.' },
      { seeded: false, message: 'Current-law demo content was already loaded: nothing changed.' },
      { seeded: false, message: 'Photo albums were already loaded: nothing changed.' },
    ]);
    expect(await prisma.photoAlbum.count()).toBe(2);
    expect(await prisma.legalDocument.count()).toBe(documents);
  });
});
