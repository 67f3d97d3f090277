import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { createTestUser } from '@/test/act-as';
import { setArticleTags } from './staff/tags';
import { publishedArticlesWithTag, relatedArticlesByTags, tagBySlug, tagsOfPublishedArticle } from './tags';

let authorId = '';
async function article(title: string, options: { minutesAgo?: number; status?: 'DRAFT' | 'PUBLISHED'; categoryId?: string | null; tags?: string[] } = {}) {
  const row = await prisma.article.create({
    data: {
      title,
      slug: `bai-${Math.random().toString(36).slice(2)}`,
      body: { type: 'doc', content: [] },
      status: options.status ?? 'PUBLISHED',
      publishedAt: (options.status ?? 'PUBLISHED') === 'PUBLISHED' ? new Date(Date.now() - (options.minutesAgo ?? 10) * 60_000) : null,
      authorId,
      categoryId: options.categoryId ?? null,
    },
    select: { id: true },
  });
  if (options.tags) await setArticleTags(row.id, options.tags);
  return row.id;
}

beforeEach(async () => {
  await prisma.article.deleteMany();
  await prisma.tag.deleteMany();
  await prisma.category.deleteMany();
  authorId = (await createTestUser('AUTHOR')).id;
});

describe('public tag reads', () => {
  it('a tag page lists only public articles with the tag, newest first, ten a page', async () => {
    for (let index = 0; index < 12; index += 1) await article(`Bài ${index}`, { minutesAgo: index + 1, tags: ['Đầu tư'] });
    await article('Nháp', { status: 'DRAFT', tags: ['Đầu tư'] });
    await article('Khác', { tags: ['Khác'] });
    const tag = await tagBySlug('dau-tu');
    expect(tag?.name).toBe('Đầu tư');
    const first = await publishedArticlesWithTag(tag!.id, 1);
    expect(first).toMatchObject({ total: 12, pageCount: 2 });
    expect(first.items.map((item) => item.title).slice(0, 2)).toEqual(['Bài 0', 'Bài 1']);
    expect((await publishedArticlesWithTag(tag!.id, 2)).items.map((item) => item.title)).toEqual(['Bài 10', 'Bài 11']);
  });

  it('related articles: most shared tags first, then the same category, never itself or a draft', async () => {
    const category = await prisma.category.create({ data: { name: 'Tin', slug: 'tin' } });
    const current = await article('Hiện tại', { categoryId: category.id, tags: ['A', 'B'] });
    await article('Một thẻ chung', { minutesAgo: 1, tags: ['A'] });
    await article('Hai thẻ chung', { minutesAgo: 50, tags: ['B', 'A'] });
    await article('Nháp chung thẻ', { status: 'DRAFT', tags: ['A', 'B'] });
    await article('Cùng chuyên mục', { categoryId: category.id });
    await article('Không liên quan');
    const related = await relatedArticlesByTags(current, category.id, 5);
    expect(related.map((item) => item.title)).toEqual(['Hai thẻ chung', 'Một thẻ chung', 'Cùng chuyên mục']);
    expect((await tagsOfPublishedArticle(current)).map((tag) => tag.name)).toEqual(['A', 'B']);
    expect((await relatedArticlesByTags(current, category.id, 1)).map((item) => item.title)).toEqual(['Hai thẻ chung']);
  });
});
