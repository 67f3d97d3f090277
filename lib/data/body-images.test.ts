import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';
import { clusterInputSchema } from '@/lib/validation/cluster';

// lib/db.ts reuses a client already on globalThis: install one that counts its queries before
// the DAL is imported, to prove the variant lookup is one query per body whatever its size.
const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? '' }), log: [{ emit: 'event', level: 'query' }] });
const statements: string[] = [];
counting.$on('query', (event) => {
  statements.push(event.query);
});
(globalThis as unknown as { prisma?: PrismaClient }).prisma = counting;

const { bodyImagesFor, renderBody } = await import('./body-images');
const { createArticle, saveArticle } = await import('./staff/articles');
const { restoreRevision } = await import('./staff/article-revisions');
const { createPage, savePage } = await import('./staff/pages');
const { createCluster } = await import('./staff/clusters');

async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  statements.length = 0;
  const result = await run();
  return { result, queries: statements.length };
}

const FORMATS = ['webp', 'avif'] as const;

/** A media row shaped like the upload pipeline's (original plus WebP/AVIF variants). */
async function libraryImage(width = 1200, height = 800) {
  const prefix = `images/2026/11/${crypto.randomUUID()}`;
  const widths = [320, 640, width];
  return counting.media.create({
    data: {
      storageKey: `${prefix}-${width}.jpg`,
      originalName: 'anh.jpg',
      mimeType: 'image/jpeg',
      byteSize: 1000n,
      width,
      height,
      variants: widths.flatMap((variantWidth) =>
        FORMATS.map((format) => ({ width: variantWidth, format, key: `${prefix}-${variantWidth}.${format}`, bytes: 100 })),
      ),
    },
  });
}

const src = (key: string) => `/media/${key}`;
const image = (address: string, alt = 'Ảnh trong bài') => ({ type: 'image', attrs: { src: address, alt, caption: '' } });
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: object[]) => ({ type: 'doc', content }) as Prisma.InputJsonObject;

/** Each <img> of a rendered body with whether it sits in a <picture> and its source types. */
function drawnImages(html: string) {
  return [...html.matchAll(/(<picture>((?:<source [^>]*\/>)*))?<img ([^>]*)\/>/g)].map((match) => ({
    picture: Boolean(match[1]),
    types: [...(match[2] ?? '').matchAll(/type="([^"]+)"/g)].map((type) => type[1]),
    attributes: match[3] ?? '',
  }));
}

afterAll(async () => {
  await counting.$disconnect();
});

describe('bodyImagesFor / renderBody', () => {
  it('looks up all library images of a body in one query, none for a body without images', async () => {
    const few = await Promise.all([libraryImage(), libraryImage()]);
    const many = await Promise.all(Array.from({ length: 12 }, () => libraryImage()));
    const fewBody = doc(...few.map((media) => image(src(media.storageKey))));
    const manyBody = doc(...many.map((media) => image(src(media.storageKey))), image('/media/da-xoa-640.webp'));

    const small = await countQueries(() => bodyImagesFor([fewBody]));
    const large = await countQueries(() => bodyImagesFor([manyBody]));
    expect(small.queries).toBe(1);
    expect(large.queries).toBe(1);
    expect(statements.every((sql) => /FROM "public"\."media"/.test(sql))).toBe(true);
    expect(small.result.size).toBe(2);
    expect(large.result.size).toBe(12);

    const none = await countQueries(() => bodyImagesFor([doc(paragraph('Chỉ có chữ'), image('https://tracker.example/p.gif'))]));
    expect(none).toEqual({ result: new Map(), queries: 0 });
  });

  it('renders known images as <picture> with their sizes, a variant address too, and a deleted one as a plain lazy <img>', async () => {
    const media = await libraryImage(1600, 900);
    const variant = (media.variants as { key: string; width: number; format: string }[]).find((entry) => entry.width === 640 && entry.format === 'webp')!;
    const { html, text } = await renderBody(
      doc(paragraph('Mở đầu'), image(src(media.storageKey)), image(src(variant.key), 'Biến thể'), image('/media/images/2026/11/da-xoa-800.png', 'Ảnh đã xóa')),
    );
    const [original, fromVariant, deleted] = drawnImages(html);
    expect(original).toMatchObject({ picture: true, types: ['image/avif', 'image/webp'] });
    expect(original?.attributes).toContain('width="1600" height="900" loading="lazy" decoding="async"');
    expect(html).toContain(`srcset="/media/${media.storageKey.replace('-1600.jpg', '-320.avif')} 320w,`);
    expect(fromVariant).toMatchObject({ picture: true, types: ['image/avif', 'image/webp'] });
    expect(fromVariant?.attributes).toContain(`src="${src(variant.key)}" alt="Biến thể" width="1600" height="900"`);
    expect(deleted).toEqual({
      picture: false,
      types: [],
      attributes: 'src="/media/images/2026/11/da-xoa-800.png" alt="Ảnh đã xóa" loading="lazy" decoding="async" ',
    });
    expect(text).toBe('Mở đầu');
  });
});

describe('every save path stores <picture> markup for library images', () => {
  let actor: { id: string; email: string; name: string; role: 'EDITOR' };
  beforeAll(async () => {
    const user = await counting.user.create({
      data: { email: `bien-tap-${crypto.randomUUID()}@test.local`, name: 'Biên tập', role: 'EDITOR', passwordHash: '!' },
    });
    actor = { id: user.id, email: user.email, name: user.name, role: 'EDITOR' };
  });

  const fields = (body: object, slug: string) => ({ title: 'Tin có ảnh', slug, summary: '', categoryId: null, coverMediaId: null, byline: '', body });

  it('articles: create, save and restore render with variants in one media query each', async () => {
    const first = await libraryImage();
    const second = await libraryImage();
    const slug = `tin-co-anh-${crypto.randomUUID().slice(0, 8)}`;
    const mediaLookups = () => statements.filter((sql) => /FROM "public"\."media"/.test(sql)).length;
    const created = await createArticle(actor, fields(doc(image(src(first.storageKey))), slug), 'save');
    if (!created.ok) throw new Error(created.reason);
    const stored = await counting.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(drawnImages(stored.bodyHtml)).toEqual([expect.objectContaining({ picture: true, types: ['image/avif', 'image/webp'] })]);

    // A body with eleven images costs what a body with one costs: one media lookup.
    const { result: once, queries: oneImage } = await countQueries(() =>
      saveArticle(actor, created.id, created.version, fields(doc(image(src(second.storageKey))), slug), 'save'),
    );
    if (!once.ok) throw new Error(once.reason);
    expect(mediaLookups()).toBe(1);
    const crowded = doc(...Array.from({ length: 10 }, () => image(src(second.storageKey))), image(src(first.storageKey)));
    const { result: saved, queries: elevenImages } = await countQueries(() => saveArticle(actor, created.id, once.version, fields(crowded, slug), 'save'));
    if (!saved.ok) throw new Error(saved.reason);
    expect(mediaLookups()).toBe(1);
    expect(elevenImages).toBe(oneImage);
    const resaved = await counting.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(drawnImages(resaved.bodyHtml)).toHaveLength(11);
    expect(drawnImages(resaved.bodyHtml).every((drawn) => drawn.picture && drawn.attributes.includes('width="1200" height="800"'))).toBe(true);

    const firstRevision = await counting.articleRevision.findFirstOrThrow({ where: { articleId: created.id, version: 1 } });
    await counting.article.update({ where: { id: created.id }, data: { bodyHtml: '<p>cũ</p>' } });
    expect(await restoreRevision(actor, firstRevision.id)).toMatchObject({ ok: true });
    const restored = await counting.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(restored.bodyHtml).toBe(stored.bodyHtml);
  });

  it('static pages and cluster descriptions', async () => {
    const media = await libraryImage(800, 600);
    const body = doc(image(src(media.storageKey)));
    const page = await createPage({ title: 'Giới thiệu ảnh', slug: `gt-anh-${crypto.randomUUID().slice(0, 8)}`, published: true, sortOrder: 0, body });
    if (!page.ok) throw new Error(page.reason);
    expect(drawnImages((await counting.page.findUniqueOrThrow({ where: { id: page.id } })).bodyHtml)[0]).toMatchObject({
      picture: true,
      types: ['image/avif', 'image/webp'],
    });
    await counting.page.update({ where: { id: page.id }, data: { bodyHtml: '' } });
    const pageRow = await counting.page.findUniqueOrThrow({ where: { id: page.id } });
    expect(await savePage(page.id, pageRow.version, { title: 'Giới thiệu ảnh', slug: pageRow.slug, published: true, sortOrder: 0, body })).toMatchObject({
      ok: true,
    });
    expect((await counting.page.findUniqueOrThrow({ where: { id: page.id } })).bodyHtml).toContain('width="800" height="600"');

    const input = clusterInputSchema.parse({
      name: 'Cụm công nghiệp có ảnh',
      slug: `ccn-co-anh-${crypto.randomUUID().slice(0, 8)}`,
      district: 'Huyện Gia Viễn',
      plannedAreaHa: '50',
      status: 'OPERATING',
      description: JSON.stringify(body),
      published: 'on',
    });
    const cluster = await createCluster(input, actor);
    if (!cluster.ok) throw new Error(cluster.reason);
    const row = await counting.industrialCluster.findUniqueOrThrow({ where: { id: cluster.cluster.id } });
    expect(drawnImages(row.descriptionHtml)[0]).toMatchObject({ picture: true, types: ['image/avif', 'image/webp'] });
  });
});
