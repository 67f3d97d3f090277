import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { LocalDiskStorage } from '@/lib/storage/local-disk';
import { hasPdfTrailer } from '@/lib/media/pdf';
import { seedDecreeContent } from './decree-content';
import { seedDemoContent } from './demo-content';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ccn-decree-seed-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('seedDecreeContent', () => {
  it('loads documents with stored PDFs, clusters, projects, officials and English pages once', async () => {
    const storage = new LocalDiskStorage(root);
    await seedDemoContent(prisma);
    expect(await seedDecreeContent(prisma, storage)).toEqual({ seeded: true });

    const decree = await prisma.legalDocument.findUniqueOrThrow({
      where: { number: '42/2022/NĐ-CP' },
      include: { attachments: { include: { media: true } }, replaces: true },
    });
    expect(decree.published).toBe(true);
    expect(decree.replaces.map((row) => row.number)).toEqual(['43/2011/NĐ-CP']);
    const pdf = decree.attachments[0]!.media;
    expect(pdf.mimeType).toBe('application/pdf');
    const info = await storage.stat(pdf.storageKey);
    expect(info?.size).toBe(Number(pdf.byteSize));
    expect(await hasPdfTrailer(storage, pdf.storageKey, info!.size)).toBe(true);

    expect(await prisma.industrialCluster.count({ where: { published: true, latitude: { not: null } } })).toBe(4);
    expect(await prisma.clusterArticle.count()).toBe(1);
    expect(await prisma.project.count()).toBe(2);
    expect(await prisma.official.count()).toBe(3);
    const english = await prisma.page.findMany({ where: { locale: 'en' }, select: { slug: true, translationKey: true }, orderBy: { sortOrder: 'asc' } });
    expect(english.map((page) => page.slug)).toEqual(['introduction', 'functions-and-tasks', 'organisation', 'contact-details']);
    expect((await prisma.page.findUniqueOrThrow({ where: { slug: 'gioi-thieu' } })).translationKey).toBe('gioi-thieu');
    expect((await prisma.siteSetting.findUniqueOrThrow({ where: { key: 'contact.fax' } })).value).not.toBe('');

    // Idempotent, and staff deletions stay deleted.
    await prisma.official.deleteMany();
    const mediaBefore = await prisma.media.count();
    expect(await seedDecreeContent(prisma, storage)).toEqual({ seeded: false });
    expect(await prisma.official.count()).toBe(0);
    expect(await prisma.media.count()).toBe(mediaBefore);
  });
});
