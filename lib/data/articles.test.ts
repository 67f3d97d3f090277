import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { ArticleStatus } from '@/lib/generated/prisma/client';
import { publishDueArticles } from './staff/scheduled-articles';
import {
  ARTICLES_PER_PAGE,
  categoryBlocks,
  currentSlugForOldSlug,
  latestArticles,
  parsePageParam,
  publishedArticleBySlug,
  publishedArticlePage,
  relatedArticles,
} from './articles';

const HOUR = 3_600_000;
let authorId = '';
let categoryId = '';
let otherCategoryId = '';

async function article(slug: string, options: { status?: ArticleStatus; publishedAt?: Date | null; deletedAt?: Date; categoryId?: string } = {}) {
  return prisma.article.create({
    data: {
      title: `Bài ${slug}`,
      slug,
      body: { type: 'doc', content: [] },
      bodyHtml: `<p>${slug}</p>`,
      status: options.status ?? 'PUBLISHED',
      publishedAt: options.publishedAt === undefined ? new Date(Date.now() - HOUR) : options.publishedAt,
      deletedAt: options.deletedAt,
      authorId,
      categoryId: options.categoryId ?? categoryId,
    },
  });
}

describe('public articles', () => {
  beforeAll(async () => {
    const user = await prisma.user.create({ data: { email: 'a@test.vn', name: 'Phóng viên', passwordHash: '!' } });
    authorId = user.id;
    categoryId = (await prisma.category.create({ data: { name: 'Tin hoạt động', slug: 'tin-hoat-dong', sortOrder: 1 } })).id;
    otherCategoryId = (await prisma.category.create({ data: { name: 'Trống', slug: 'trong', sortOrder: 2 } })).id;
  });

  it('returns nothing on an empty database', async () => {
    expect(await latestArticles(5)).toEqual([]);
    expect(await publishedArticlePage(1)).toMatchObject({ items: [], pageCount: 1, total: 0 });
  });

  it('shows only published articles that are not trashed; a due scheduled one once the scheduler has run', async () => {
    await article('cong-khai');
    await article('hen-gio-da-den', { status: 'SCHEDULED', publishedAt: new Date(Date.now() - 60_000) });
    await article('hen-gio-tuong-lai', { status: 'SCHEDULED', publishedAt: new Date(Date.now() + 24 * HOUR) });
    await article('ban-nhap', { status: 'DRAFT', publishedAt: null });
    await article('cho-duyet', { status: 'PENDING_REVIEW', publishedAt: null });
    await article('luu-tru', { status: 'ARCHIVED' });
    await article('thung-rac', { deletedAt: new Date() });
    await article('xuat-ban-tuong-lai', { publishedAt: new Date(Date.now() + HOUR) });

    expect((await latestArticles(50)).map((item) => item.slug)).toEqual(['cong-khai']);
    expect(await publishedArticleBySlug('hen-gio-da-den')).toBeNull();
    await publishDueArticles();
    const slugs = (await latestArticles(50)).map((item) => item.slug).sort();
    expect(slugs).toEqual(['cong-khai', 'hen-gio-da-den']);
    for (const hidden of ['hen-gio-tuong-lai', 'ban-nhap', 'cho-duyet', 'luu-tru', 'thung-rac', 'xuat-ban-tuong-lai']) {
      expect(await publishedArticleBySlug(hidden)).toBeNull();
    }
    const detail = await publishedArticleBySlug('cong-khai');
    expect(detail).toMatchObject({ slug: 'cong-khai', bodyHtml: '<p>cong-khai</p>', authorName: 'Phóng viên', category: { slug: 'tin-hoat-dong' } });
  });

  it('pages newest first, ten a page, with bounds', async () => {
    await prisma.article.deleteMany();
    const base = Date.now() - 100 * HOUR;
    for (let index = 0; index < 23; index += 1) {
      await article(`trang-${String(index).padStart(2, '0')}`, { publishedAt: new Date(base + index * HOUR) });
    }
    const first = await publishedArticlePage(1);
    expect(first.total).toBe(23);
    expect(first.pageCount).toBe(3);
    expect(first.items).toHaveLength(ARTICLES_PER_PAGE);
    expect(first.items[0]?.slug).toBe('trang-22');
    const dates = first.items.map((item) => item.publishedAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const last = await publishedArticlePage(3);
    expect(last.items.map((item) => item.slug)).toEqual(['trang-02', 'trang-01', 'trang-00']);
    expect((await publishedArticlePage(4)).items).toEqual([]);
    expect((await publishedArticlePage(0)).items).toEqual([]);
    expect((await publishedArticlePage(1, otherCategoryId)).total).toBe(0);
  });

  it('parses ?trang= strictly', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('2')).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'abc', '01', '', '9999999', ['1', '2']]) expect(parsePageParam(bad)).toBeNull();
  });

  it('groups the newest articles by category and finds related ones', async () => {
    const blocks = await categoryBlocks(4);
    expect(blocks.map((block) => block.slug)).toEqual(['tin-hoat-dong']);
    expect(blocks[0]?.articles.map((item) => item.slug)).toEqual(['trang-22', 'trang-21', 'trang-20', 'trang-19']);
    const current = await prisma.article.findUniqueOrThrow({ where: { slug: 'trang-22' } });
    const related = await relatedArticles(current.id, categoryId, 3);
    expect(related.map((item) => item.slug)).toEqual(['trang-21', 'trang-20', 'trang-19']);
  });

  it('resolves an old slug to the current one, only for a public article', async () => {
    const moved = await article('ten-moi');
    await prisma.articleSlugHistory.create({ data: { slug: 'ten-cu', articleId: moved.id } });
    const hidden = await article('an-moi', { status: 'DRAFT', publishedAt: null });
    await prisma.articleSlugHistory.create({ data: { slug: 'an-cu', articleId: hidden.id } });
    expect(await currentSlugForOldSlug('ten-cu')).toBe('ten-moi');
    expect(await currentSlugForOldSlug('an-cu')).toBeNull();
    expect(await currentSlugForOldSlug('khong-co')).toBeNull();
  });
});
