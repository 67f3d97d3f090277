import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { bodyImagesFromMedia, libraryImageSources } from '@/lib/content/body-images';
import { paragraphsToDocument, renderContent } from '@/lib/content/render';
import { BODY_IMAGES_MARKER, BODY_IMAGES_RENDER_VERSION, rerenderBodyImages, rerenderBodyImagesOnce } from './body-images-rerender';

// Rows saved before library images became <picture> get their HTML re-rendered once per
// renderer version, without touching body, version or updated_at.

const image = (src: string) => ({ type: 'image', attrs: { src, alt: 'Ảnh cũ', caption: 'Chú thích' } });
const doc = (...content: object[]) => ({ type: 'doc', content });

async function libraryImage() {
  const prefix = `images/2026/10/${crypto.randomUUID()}`;
  return prisma.media.create({
    data: {
      storageKey: `${prefix}-1000.png`,
      originalName: 'anh.png',
      mimeType: 'image/png',
      byteSize: 1n,
      width: 1000,
      height: 500,
      variants: [320, 1000].flatMap((width) => ['webp', 'avif'].map((format) => ({ width, format, key: `${prefix}-${width}.${format}`, bytes: 1 }))),
    },
  });
}

describe('rerenderBodyImages', () => {
  it('brings old article, page and cluster HTML up to date once, leaving everything else alone', async () => {
    const media = await libraryImage();
    const body = doc(
      { type: 'paragraph', content: [{ type: 'text', text: 'Bài cũ' }] },
      image(`/media/${media.storageKey}`),
      image('/media/images/da-xoa-10.webp'),
    );
    const oldHtml = renderContent(body).html; // what saves produced before: plain <img>
    expect(oldHtml).not.toContain('<picture>');
    const author = await prisma.user.create({ data: { email: `cu-${crypto.randomUUID()}@test.local`, name: 'Tác giả', passwordHash: '!' } });
    const article = await prisma.article.create({
      data: { title: 'Bài cũ', slug: `bai-cu-${crypto.randomUUID()}`, body, bodyHtml: oldHtml, bodyText: 'Bài cũ', authorId: author.id, version: 3 },
    });
    const textOnlyBody = paragraphsToDocument(['Không có ảnh']);
    const textOnly = await prisma.article.create({
      data: { title: 'Chữ', slug: `chu-${crypto.randomUUID()}`, body: textOnlyBody, bodyHtml: '<p>giữ nguyên</p>', authorId: author.id },
    });
    const broken = await prisma.article.create({
      data: {
        title: 'Hỏng',
        slug: `hong-${crypto.randomUUID()}`,
        body: doc({ type: 'script', attrs: { src: '/media/x-1.png' } }),
        bodyHtml: '<p>hỏng</p>',
        authorId: author.id,
      },
    });
    const page = await prisma.page.create({ data: { title: 'Trang cũ', slug: `trang-cu-${crypto.randomUUID()}`, body, bodyHtml: oldHtml } });
    const cluster = await prisma.industrialCluster.create({
      data: {
        name: 'CCN cũ',
        slug: `ccn-cu-${crypto.randomUUID()}`,
        district: 'Gia Viễn',
        plannedAreaHa: 10,
        status: 'OPERATING',
        description: body,
        descriptionHtml: oldHtml,
      },
    });

    const report = await rerenderBodyImagesOnce(prisma);
    expect(report).toEqual({ checked: 4, updated: 3, invalid: 1 });
    const after = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    // Exactly what a save renders today.
    expect(after.bodyHtml).toBe(renderContent(body, { images: bodyImagesFromMedia(libraryImageSources(body), [media]) }).html);
    expect(after.bodyHtml).toMatch(
      /<picture><source type="image\/avif" srcset="[^"]+-320\.avif 320w, [^"]+-1000\.avif 1000w"[^>]*\/><source type="image\/webp"[^>]*\/><img src="[^"]+" alt="Ảnh cũ" width="1000" height="500" loading="lazy" decoding="async" \/><\/picture>/,
    );
    expect(after.bodyHtml).toContain('<img src="/media/images/da-xoa-10.webp" alt="Ảnh cũ" loading="lazy" decoding="async" />');
    expect({ version: after.version, updatedAt: after.updatedAt, body: after.body, bodyText: after.bodyText }).toEqual({
      version: 3,
      updatedAt: article.updatedAt,
      body,
      bodyText: 'Bài cũ',
    });
    expect((await prisma.page.findUniqueOrThrow({ where: { id: page.id } })).bodyHtml).toBe(after.bodyHtml);
    expect((await prisma.industrialCluster.findUniqueOrThrow({ where: { id: cluster.id } })).descriptionHtml).toBe(after.bodyHtml);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: textOnly.id } })).bodyHtml).toBe('<p>giữ nguyên</p>');
    expect((await prisma.article.findUniqueOrThrow({ where: { id: broken.id } })).bodyHtml).toBe('<p>hỏng</p>');
    expect(await prisma.siteSetting.findUnique({ where: { key: BODY_IMAGES_MARKER } })).toMatchObject({ value: BODY_IMAGES_RENDER_VERSION });

    // Done for this renderer version; a forced run finds nothing left to change.
    expect(await rerenderBodyImagesOnce(prisma)).toBeNull();
    expect(await rerenderBodyImages(prisma, 1)).toEqual({ checked: 4, updated: 0, invalid: 1 });
  });

  it('never overwrites a body saved after it was read', async () => {
    const media = await libraryImage();
    const author = await prisma.user.create({ data: { email: `moi-${crypto.randomUUID()}@test.local`, name: 'Tác giả', passwordHash: '!' } });
    const body = doc(image(`/media/${media.storageKey}`));
    const article = await prisma.article.create({
      data: { title: 'Đang sửa', slug: `dang-sua-${crypto.randomUUID()}`, body, bodyHtml: '<p>cũ</p>', authorId: author.id },
    });
    // Simulates a save landing between the read and the write: the stored body differs from
    // the one the re-render read, so its UPDATE matches nothing.
    const original = prisma.$queryRawUnsafe.bind(prisma);
    const spy = Object.assign(Object.create(prisma) as typeof prisma, {
      $queryRawUnsafe: async (...args: Parameters<typeof prisma.$queryRawUnsafe>) => {
        const rows = await original(...args);
        await prisma.article.update({ where: { id: article.id }, data: { body: doc(image('/media/khac-1.png')), bodyHtml: '<p>bản mới</p>' } });
        return rows;
      },
    });
    const report = await rerenderBodyImages(spy);
    expect(report.updated).toBe(0);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).bodyHtml).toBe('<p>bản mới</p>');
  });
});
