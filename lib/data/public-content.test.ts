import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';

const cacheLife = vi.fn();
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<object>()), cacheLife: (profile: unknown) => cacheLife(profile) }));

const { latestArticles } = await import('./articles');
const { publishDueArticles } = await import('./staff/scheduled-articles');
const { publishedMapDocuments } = await import('./map-documents');
const { publishedPageBySlug, publishedPageSlugs } = await import('./pages');
const { resolvePublicPath } = await import('./public-routes');
// @ts-expect-error plain JavaScript module (loaded by Next as the 'use cache' handler)
const { announceInvalidation } = (await import('../cache/cache-handler.mjs')) as { announceInvalidation: (tags: readonly string[]) => void };
const { servableMediaByKey } = await import('./media');
const { latestVideos, publishedVideoBySlug, publishedVideoPage } = await import('./videos');

let authorId = '';

describe('public content visibility', () => {
  beforeAll(async () => {
    authorId = (await prisma.user.create({ data: { email: 'p@test.vn', name: 'P', passwordHash: '!' } })).id;
  });

  it('shows published videos only, newest first, with a safe YouTube id', async () => {
    await prisma.video.create({
      data: { title: 'Cũ', slug: 'cu', source: 'YOUTUBE', youtubeId: 'aqz-KE-bpKQ', published: true, publishedAt: new Date('2026-01-01') },
    });
    await prisma.video.create({
      data: { title: 'Mới', slug: 'moi', source: 'YOUTUBE', youtubeId: 'bad id"><script>', published: true, publishedAt: new Date('2026-06-01') },
    });
    await prisma.video.create({ data: { title: 'Ẩn', slug: 'an', source: 'YOUTUBE', youtubeId: 'aqz-KE-bpKQ', published: false } });
    expect((await latestVideos(5)).map((video) => video.slug)).toEqual(['moi', 'cu']);
    expect((await publishedVideoBySlug('moi'))?.youtubeId).toBeNull();
    expect((await publishedVideoBySlug('cu'))?.youtubeId).toBe('aqz-KE-bpKQ');
    expect(await publishedVideoBySlug('an')).toBeNull();
    const page = await publishedVideoPage(1);
    expect(page.items).toHaveLength(2);
    expect((await publishedVideoPage(2)).items).toEqual([]);
  });

  it('lists published map documents in order with their file', async () => {
    const media = await prisma.media.create({
      data: { storageKey: '2026/11/ban-do.png', originalName: 'bd.png', mimeType: 'image/png', byteSize: 1234n, width: 10, height: 5 },
    });
    await prisma.mapDocument.create({ data: { title: 'B', sortOrder: 2, published: true, mediaId: media.id } });
    await prisma.mapDocument.create({ data: { title: 'A', sortOrder: 1, published: true, description: 'Chưa có tệp' } });
    await prisma.mapDocument.create({ data: { title: 'Nháp', sortOrder: 0, published: false } });
    const maps = await publishedMapDocuments();
    expect(maps.map((map) => map.title)).toEqual(['A', 'B']);
    expect(maps[0]?.file).toBeNull();
    expect(maps[1]?.file).toMatchObject({ storageKey: '2026/11/ban-do.png', mimeType: 'image/png', byteSize: 1234, width: 10 });
  });

  it('serves pages only when published', async () => {
    await prisma.page.create({ data: { title: 'Giới thiệu', slug: 'gioi-thieu', body: {}, bodyHtml: '<p>x</p>' } });
    await prisma.page.create({ data: { title: 'Ẩn', slug: 'trang-an', body: {}, published: false } });
    expect(await publishedPageBySlug('gioi-thieu')).toMatchObject({ title: 'Giới thiệu', bodyHtml: '<p>x</p>' });
    expect(await publishedPageBySlug('trang-an')).toBeNull();
    expect((await publishedPageSlugs()).map((page) => page.slug)).toEqual(['gioi-thieu']);
  });

  it('finds servable media by storage key or variant key only', async () => {
    await prisma.media.create({
      data: {
        storageKey: '2026/11/anh.jpg',
        originalName: 'Ảnh.jpg',
        mimeType: 'image/jpeg',
        byteSize: 1n,
        variants: [{ width: 320, format: 'webp', key: '2026/11/anh-320.webp', bytes: 1 }],
      },
    });
    expect(await servableMediaByKey('2026/11/anh.jpg')).toMatchObject({ mimeType: 'image/jpeg' });
    expect(await servableMediaByKey('2026/11/anh-320.webp')).toMatchObject({ mimeType: 'image/webp' });
    expect(await servableMediaByKey('Ảnh.jpg')).toBeNull();
    expect(await servableMediaByKey('2026/11/khac.webp')).toBeNull();
  });

  it('shows a scheduled article once the scheduler has published it at its minute, with no per-read query for the next one', async () => {
    cacheLife.mockClear();
    const now = new Date();
    const scheduled = await prisma.article.create({
      data: { title: 'Hẹn giờ', slug: 'hen-gio', body: {}, status: 'SCHEDULED', publishedAt: new Date(now.getTime() + 120_000), authorId },
    });
    expect(await latestArticles(5)).toEqual([]);
    expect((await publishDueArticles()).ids).toEqual([]);
    // The due minute comes: until the scheduler's tick the row is not public, after it, it is.
    await prisma.article.update({ where: { id: scheduled.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect(await latestArticles(5)).toEqual([]);
    const tick = await publishDueArticles();
    expect(tick.ids).toEqual([scheduled.id]);
    expect(tick.tags).toEqual(expect.arrayContaining(['articles', `article:${scheduled.id}`]));
    expect((await latestArticles(5)).map((article) => article.slug)).toEqual(['hen-gio']);
    // Cached reads no longer shorten their life to the next scheduled article.
    expect(cacheLife).not.toHaveBeenCalled();
    await prisma.article.delete({ where: { id: scheduled.id } });
  });

  it('resolves public addresses for the proxy: render, 404 or the new slug', async () => {
    const category = await prisma.category.create({ data: { name: 'Tin', slug: 'tin' } });
    const article = await prisma.article.create({
      data: { title: 'Mới', slug: 'bai-moi', body: {}, status: 'PUBLISHED', publishedAt: new Date(Date.now() - 1000), authorId, categoryId: category.id },
    });
    await prisma.articleSlugHistory.create({ data: { slug: 'bai-cu', articleId: article.id } });
    await prisma.article.create({ data: { title: 'Nháp', slug: 'bai-nhap', body: {}, authorId } });
    expect(await resolvePublicPath('/tin-tuc/bai-moi')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/tin-tuc/bai-cu')).toEqual({ kind: 'redirect', location: '/tin-tuc/bai-moi' });
    expect(await resolvePublicPath('/tin-tuc/bai-nhap')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/tin-tuc/hen-gio')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/tin-tuc/KHONG_HOP_LE')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/tin-tuc/danh-muc/tin')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/tin-tuc/danh-muc/khong')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/thu-vien-video/cu')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/thu-vien-video/an')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/gioi-thieu')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/trang-an')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/quan-tri')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/tin-tuc')).toEqual({ kind: 'render' });
    // A miss is never remembered: publishing makes the address answer at once.
    await prisma.article.update({ where: { slug: 'bai-nhap' }, data: { status: 'PUBLISHED', publishedAt: new Date(Date.now() - 1000) } });
    expect(await resolvePublicPath('/tin-tuc/bai-nhap')).toEqual({ kind: 'render' });
  });

  it('forgets an address that exists as soon as content changes (retraction answers 404 at once)', async () => {
    await prisma.article.create({
      data: { title: 'Sẽ gỡ', slug: 'se-go', body: {}, status: 'PUBLISHED', publishedAt: new Date(Date.now() - 1000), authorId },
    });
    expect(await resolvePublicPath('/tin-tuc/se-go')).toEqual({ kind: 'render' });
    await prisma.article.update({ where: { slug: 'se-go' }, data: { deletedAt: new Date() } });
    // The cache handler announces every updateTag; the lookup must not outlive it.
    announceInvalidation(['articles']);
    expect(await resolvePublicPath('/tin-tuc/se-go')).toEqual({ kind: 'not-found' });
  });

  it('answers 404 for one-segment addresses that are neither a section nor a page (no soft 404)', async () => {
    for (const path of ['/.env', '/package.json', '/TIN-TUC', '/favicon.ico', '/api', '/media', '/khong-tim-thay', '/_next', '/wp-login.php']) {
      expect(await resolvePublicPath(path), path).toEqual({ kind: 'not-found' });
    }
    for (const path of ['/robots.txt', '/sitemap.xml', '/rss.xml', '/dang-nhap', '/lien-he', '/en', '/van-ban']) {
      expect(await resolvePublicPath(path), path).toEqual({ kind: 'render' });
    }
  });
});
