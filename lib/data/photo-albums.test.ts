import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ALBUMS_PER_PAGE, publishedAlbumById, publishedAlbumBySlug, publishedAlbumPage, publishedAlbumSlugs } from './photo-albums';
import { listStaffAlbums, getStaffAlbum, albumChoices } from './staff/photo-albums';
import { mediaUsage } from './staff/media';
import { parseSearchFilter, searchSite } from './site-search';

async function image(name: string) {
  return prisma.media.create({
    data: {
      storageKey: `images/2026/12/${crypto.randomUUID()}.jpg`,
      originalName: `${name}.jpg`,
      mimeType: 'image/jpeg',
      byteSize: 10n,
      width: 1600,
      height: 1200,
      altText: `Ảnh ${name}`,
      variants: [{ width: 320, format: 'webp', key: `images/2026/12/${name}-320.webp`, bytes: 5 }],
    },
    select: { id: true },
  });
}

async function album(slug: string, published: boolean, publishedAt: Date | null, mediaIds: string[], coverMediaId: string | null = null) {
  return prisma.photoAlbum.create({
    data: {
      title: `Album ${slug}`,
      slug,
      published,
      publishedAt,
      coverMediaId,
      images: {
        create: mediaIds.map((mediaId, position) => ({ mediaId, position, caption: `Chú thích ${position + 1}`, credit: position === 0 ? 'Lê Văn C' : '' })),
      },
    },
    select: { id: true },
  });
}

describe('public photo albums', () => {
  it('readers see published albums only, newest first, with image count and cover (chosen, else the first image)', async () => {
    const [a, b, c] = [await image('a'), await image('b'), await image('c')];
    const old = await album('cu', true, new Date('2026-01-01'), [a.id, b.id]);
    const recent = await album('moi', true, new Date('2026-06-01'), [a.id, b.id, c.id], c.id);
    const draft = await album('nhap', false, null, [a.id]);

    const page = await publishedAlbumPage(1);
    expect(page.items.map((item) => item.slug)).toEqual(['moi', 'cu']);
    expect(page.items[0]).toMatchObject({ imageCount: 3, cover: { id: c.id } });
    expect(page.items[1]).toMatchObject({ imageCount: 2, cover: { id: a.id } });
    expect(page.items[0]!.cover!.variants).toHaveLength(1);
    expect(page.pageCount).toBe(1);
    expect(await publishedAlbumPage(2)).toEqual({ items: [], page: 2, pageCount: 1 });

    const shown = await publishedAlbumBySlug('moi');
    expect(shown?.images.map((item) => [item.media.id, item.caption, item.credit])).toEqual([
      [a.id, 'Chú thích 1', 'Lê Văn C'],
      [b.id, 'Chú thích 2', ''],
      [c.id, 'Chú thích 3', ''],
    ]);
    expect(await publishedAlbumBySlug('nhap')).toBeNull();
    expect(await publishedAlbumById(recent.id)).toMatchObject({ slug: 'moi' });
    expect(await publishedAlbumById(draft.id)).toBeNull();
    expect(await publishedAlbumById('"><img src=x onerror=alert(1)>')).toBeNull();
    expect((await publishedAlbumSlugs()).map((row) => row.slug)).toEqual(['moi', 'cu']);

    // Hidden later: gone from the list and from articles placing it.
    await prisma.photoAlbum.update({ where: { id: old.id }, data: { published: false } });
    expect((await publishedAlbumPage(1)).items.map((item) => item.slug)).toEqual(['moi']);
    expect(await publishedAlbumById(old.id)).toBeNull();
  });

  it('pages by ALBUMS_PER_PAGE', async () => {
    const a = await image('p');
    for (let index = 0; index <= ALBUMS_PER_PAGE; index += 1) await album(`trang-${index}`, true, new Date(Date.UTC(2025, 0, index + 1)), [a.id]);
    const first = await publishedAlbumPage(1);
    expect(first.items).toHaveLength(ALBUMS_PER_PAGE);
    expect(first.pageCount).toBeGreaterThanOrEqual(2);
  });

  it('staff see every album with counts, the editor picker lists them, and the media library names the album using a file', async () => {
    const a = await image('s');
    const draft = await album('nhap-staff', false, null, [a.id]);
    const list = await listStaffAlbums();
    expect(list.find((item) => item.id === draft.id)).toMatchObject({ imageCount: 1, published: false, coverUrl: expect.stringMatching(/^\/media\//) });
    expect((await getStaffAlbum(draft.id))?.images).toEqual([expect.objectContaining({ mediaId: a.id, caption: 'Chú thích 1', credit: 'Lê Văn C' })]);
    expect(await getStaffAlbum('khong-phai-uuid')).toBeNull();
    expect((await albumChoices()).some((choice) => choice.id === draft.id && !choice.published)).toBe(true);
    expect((await mediaUsage([a.id])).get(a.id)).toEqual([
      { kind: 'photoAlbum', id: draft.id, title: 'Album nhap-staff', href: `/quan-tri/thu-vien-anh/${draft.id}` },
    ]);
  });
});

describe('photo albums in the one search', () => {
  it('finds a published album by its title without diacritics, links it, filters by its type; hidden or deleted albums leave', async () => {
    const a = await image('tim');
    const row = await prisma.photoAlbum.create({
      data: {
        title: 'Lễ khánh thành nhà máy nước',
        slug: 'khanh-thanh-nha-may-nuoc',
        description: 'Hình ảnh buổi lễ.',
        published: true,
        publishedAt: new Date('2026-05-04T03:00:00Z'),
        images: { create: [{ mediaId: a.id }] },
      },
      select: { id: true },
    });
    expect(parseSearchFilter({ loai: 'album-anh' }).kind).toBe('PHOTO_ALBUM');
    const found = await searchSite('khanh thanh nha may', { kind: null, year: null, page: 1 });
    expect(found.hits).toEqual([
      expect.objectContaining({ kind: 'PHOTO_ALBUM', path: '/thu-vien-anh/khanh-thanh-nha-may-nuoc', title: 'Lễ khánh thành nhà máy nước' }),
    ]);
    expect(found.kinds).toEqual([expect.objectContaining({ value: 'PHOTO_ALBUM', count: 1 })]);
    expect((await searchSite('khanh thanh', { kind: 'PHOTO_ALBUM', year: 2026, page: 1 })).total).toBe(1);
    await prisma.photoAlbum.update({ where: { id: row.id }, data: { published: false } });
    expect((await searchSite('khanh thanh nha may', { kind: null, year: null, page: 1 })).total).toBe(0);
    await prisma.photoAlbum.delete({ where: { id: row.id } });
    expect(await prisma.siteSearch.count({ where: { kind: 'PHOTO_ALBUM', refId: row.id } })).toBe(0);
  });
});
