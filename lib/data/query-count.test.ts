import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';

// lib/db.ts reuses a client already on globalThis: install one that counts its queries before
// the DAL is imported, to prove list pages cost a fixed number of queries whatever their size.
const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? '' }), log: [{ emit: 'event', level: 'query' }] });
let queries = 0;
counting.$on('query', () => {
  queries += 1;
});
(globalThis as unknown as { prisma?: PrismaClient }).prisma = counting;

const { categoryBlocks, publishedArticlePage } = await import('./articles');
const { searchArticles } = await import('./search');

async function countQueries(run: () => Promise<unknown>): Promise<number> {
  queries = 0;
  await run();
  return queries;
}

async function addArticles(count: number, authorId: string, categoryIds: string[], offset: number) {
  for (let index = 0; index < count; index += 1) {
    const media = await counting.media.create({
      data: { storageKey: `2026/11/anh-${offset + index}.jpg`, originalName: 'a.jpg', mimeType: 'image/jpeg', byteSize: 1n },
    });
    await counting.article.create({
      data: {
        title: `Tin đếm truy vấn ${offset + index}`,
        slug: `dem-${offset + index}`,
        body: {},
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() - (offset + index + 1) * 60_000),
        authorId,
        categoryId: categoryIds[index % categoryIds.length],
        coverMediaId: media.id,
      },
    });
  }
}

describe('list pages make a bounded number of queries', () => {
  let authorId = '';
  let categoryIds: string[] = [];
  beforeAll(async () => {
    authorId = (await counting.user.create({ data: { email: 'q@test.vn', name: 'Q', passwordHash: '!' } })).id;
    categoryIds = await Promise.all(
      ['a', 'b', 'c'].map(async (slug, index) => (await counting.category.create({ data: { name: slug, slug, sortOrder: index } })).id),
    );
  });
  afterAll(async () => {
    await counting.$disconnect();
  });

  it('counts the same with 3 or 10 rows per page, and 3 or 30 articles per home block set', async () => {
    await addArticles(3, authorId, categoryIds, 0);
    const small = await countQueries(() => publishedArticlePage(1));
    const smallBlocks = await countQueries(() => categoryBlocks(10));
    const smallSearch = await countQueries(() => searchArticles('dem truy van', 1));
    await addArticles(27, authorId, categoryIds, 3);
    const large = await countQueries(() => publishedArticlePage(1));
    const largeBlocks = await countQueries(() => categoryBlocks(10));
    const largeSearch = await countQueries(() => searchArticles('dem truy van', 1));
    expect(large).toBe(small);
    expect(largeBlocks).toBe(smallBlocks);
    expect(largeSearch).toBe(smallSearch);
    expect(large).toBeLessThanOrEqual(6);
  });
});
