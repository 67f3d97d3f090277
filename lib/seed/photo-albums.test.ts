import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { parseVariants } from '@/lib/data/media-dto';
import { LocalDiskStorage } from '@/lib/storage/local-disk';
import { seedPhotoAlbums } from './photo-albums';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ccn-album-seed-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('seedPhotoAlbums', () => {
  it('loads two published albums of small drawn images with WebP/AVIF variants, once', async () => {
    const storage = new LocalDiskStorage(root);
    expect(await seedPhotoAlbums(prisma, storage)).toEqual({ seeded: true });
    const albums = await prisma.photoAlbum.findMany({
      orderBy: { publishedAt: 'asc' },
      include: { images: { orderBy: { position: 'asc' }, include: { media: true } } },
    });
    expect(albums.map((album) => [album.slug, album.published, album.images.length])).toEqual([
      ['ha-tang-cac-cum-cong-nghiep', true, 3],
      ['doanh-nghiep-san-xuat-trong-cum-cong-nghiep', true, 2],
    ]);
    for (const image of albums.flatMap((album) => album.images)) {
      expect(image.caption).not.toBe('');
      expect(image.credit).not.toBe('');
      expect(image.media.mimeType).toBe('image/jpeg');
      expect(image.media.altText).not.toBe('');
      const formats = new Set(parseVariants(image.media.variants).map((variant) => variant.format));
      expect(formats).toEqual(new Set(['webp', 'avif']));
      const file = await stat(path.join(root, image.media.storageKey));
      expect(file.size).toBeLessThan(150_000);
    }
    const mediaCount = await prisma.media.count();
    expect(await seedPhotoAlbums(prisma, storage)).toEqual({ seeded: false });
    expect(await prisma.photoAlbum.count()).toBe(2);
    expect(await prisma.media.count()).toBe(mediaCount);
  });
});
