import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { seedDemoContent } from '@/lib/seed/demo-content';
import { escapeLike, MAX_QUERY_LENGTH, normalizeSearchQuery, SEARCH_RESULT_LIMIT, searchArticles } from './search';

const SEEDED = 'muc-tieu-lon-cho-phat-trien-cong-nghiep-ho-tro';
let authorId = '';

async function article(slug: string, title: string, bodyText: string, extra: { status?: 'DRAFT'; deletedAt?: Date; publishedAt?: Date } = {}) {
  await prisma.article.create({
    data: {
      slug,
      title,
      bodyText,
      body: { type: 'doc', content: [] },
      status: extra.status ?? 'PUBLISHED',
      publishedAt: extra.publishedAt ?? new Date(Date.now() - 3_600_000),
      deletedAt: extra.deletedAt,
      authorId,
    },
  });
}

describe('searchArticles', () => {
  beforeAll(async () => {
    await seedDemoContent(prisma);
    authorId = (await prisma.user.create({ data: { email: 's@test.vn', name: 'S', passwordHash: '!' } })).id;
  });

  it.each(['muc tieu lon', 'MỤC TIÊU LỚN', 'cong nghiep ho tro', 'Quang Ninh'])('finds the seeded article for "%s"', async (query) => {
    const results = await searchArticles(query, 1);
    expect(results.hits.map((hit) => hit.slug)).toContain(SEEDED);
  });

  it('maps đ/Đ both ways', async () => {
    await article('dien-mat-troi', 'Đường dây điện mặt trời', 'Nội dung');
    expect((await searchArticles('duong day dien', 1)).hits.map((hit) => hit.slug)).toEqual(['dien-mat-troi']);
    expect((await searchArticles('ĐƯỜNG DÂY', 1)).hits.map((hit) => hit.slug)).toEqual(['dien-mat-troi']);
  });

  it('ranks title matches before body matches', async () => {
    await article('trong-than-bai', 'Tin tổng hợp trong tuần', 'Nhắc đến hợp tác xã nông nghiệp sạch ở đây.', { publishedAt: new Date() });
    await article('trong-tieu-de', 'Hợp tác xã nông nghiệp sạch mở rộng', 'Không liên quan.', { publishedAt: new Date(Date.now() - 86_400_000) });
    const results = await searchArticles('hop tac xa nong nghiep sach', 1);
    expect(results.hits.map((hit) => hit.slug)).toEqual(['trong-tieu-de', 'trong-than-bai']);
    expect(results.hits[0]?.titleMatch).toBe(true);
    expect(results.hits[1]?.titleMatch).toBe(false);
  });

  it('returns a short excerpt around a match deep in a long body, the words marked', async () => {
    const filler = 'Nội dung không liên quan đến từ khoá. '.repeat(400);
    await article('than-bai-dai', 'Bản tin dài', `${filler}Nhà máy xử lý nước thải tập trung đã vận hành. ${filler}`);
    const [hit] = (await searchArticles('xu ly nuoc thai', 1)).hits;
    expect(hit?.slug).toBe('than-bai-dai');
    const excerpt = hit!.excerpt.map((segment) => segment.text).join('');
    expect(excerpt.length).toBeLessThan(260);
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(hit!.excerpt.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['xử', 'lý', 'nước', 'thải']);
    expect(hit!.titleSegments).toEqual([{ text: 'Bản tin dài', match: false }]);
  });

  it('never returns drafts, trashed or future articles', async () => {
    await article('nhap-bi-mat', 'Từ khoá bímật nháp', '', { status: 'DRAFT' });
    await article('rac-bi-mat', 'Từ khoá bímật rác', '', { deletedAt: new Date() });
    await article('sau-bi-mat', 'Từ khoá bímật tương lai', '', { publishedAt: new Date(Date.now() + 86_400_000) });
    expect((await searchArticles('bimat', 1)).total).toBe(0);
  });

  it('paginates', async () => {
    for (let index = 0; index < 12; index += 1) await article(`phan-trang-${index}`, `Phân trang kiểm thử ${index}`, '');
    const first = await searchArticles('phan trang kiem thu', 1);
    expect(first.total).toBe(12);
    expect(first.pageCount).toBe(2);
    expect(first.hits).toHaveLength(10);
    const second = await searchArticles('phan trang kiem thu', 2);
    expect(second.hits).toHaveLength(2);
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.slug)).size).toBe(12);
    expect((await searchArticles('phan trang kiem thu', 3)).hits).toEqual([]);
  });

  it('follows edits, trash and restore (the trigger keeps article_search in step)', async () => {
    await article('sua-tieu-de', 'Khánh thành nhà máy gạch men', 'Nội dung');
    expect((await searchArticles('gach men', 1)).hits.map((hit) => hit.slug)).toEqual(['sua-tieu-de']);
    await prisma.article.update({ where: { slug: 'sua-tieu-de' }, data: { title: 'Khánh thành nhà máy sứ vệ sinh' } });
    expect((await searchArticles('gach men', 1)).total).toBe(0);
    expect((await searchArticles('su ve sinh', 1)).hits.map((hit) => hit.slug)).toEqual(['sua-tieu-de']);
    await prisma.article.update({ where: { slug: 'sua-tieu-de' }, data: { deletedAt: new Date() } });
    expect((await searchArticles('su ve sinh', 1)).total).toBe(0);
    await prisma.article.update({ where: { slug: 'sua-tieu-de' }, data: { deletedAt: null } });
    expect((await searchArticles('su ve sinh', 1)).total).toBe(1);
    await prisma.article.delete({ where: { slug: 'sua-tieu-de' } });
    expect((await searchArticles('su ve sinh', 1)).total).toBe(0);
  });

  it('ranks and pages the newest SEARCH_RESULT_LIMIT matches and says when more match', async () => {
    const now = Date.now();
    await prisma.article.createMany({
      data: Array.from({ length: SEARCH_RESULT_LIMIT + 5 }, (_, index) => ({
        slug: `gioi-han-${index}`,
        // Two have the words in their title: one within the newest SEARCH_RESULT_LIMIT, ranked
        // first; the oldest, past the limit, is not ranked in.
        title: index === 50 || index === SEARCH_RESULT_LIMIT + 4 ? `Giới hạn kết quả tìm kiếm gh${index}` : `Bài gh${index}`,
        bodyText: 'Nhắc đến giới hạn kết quả tìm kiếm.',
        body: { type: 'doc', content: [] },
        status: 'PUBLISHED' as const,
        publishedAt: new Date(now - (index + 1) * 60_000),
        authorId,
      })),
    });
    const first = await searchArticles('gioi han ket qua tim kiem', 1);
    expect(first).toMatchObject({ total: SEARCH_RESULT_LIMIT, more: true, pageCount: SEARCH_RESULT_LIMIT / 10 });
    expect(first.hits.map((hit) => hit.slug)).toEqual(['gioi-han-50', ...Array.from({ length: 9 }, (_, index) => `gioi-han-${index}`)]);
    expect(first.hits.map((hit) => hit.titleMatch)).toEqual([true, ...Array<boolean>(9).fill(false)]);
    const pages = await Promise.all(Array.from({ length: first.pageCount }, (_, index) => searchArticles('gioi han ket qua tim kiem', index + 1)));
    const slugs = pages.flatMap((page) => page.hits.map((hit) => hit.slug));
    expect(new Set(slugs).size).toBe(SEARCH_RESULT_LIMIT);
    expect(slugs).not.toContain(`gioi-han-${SEARCH_RESULT_LIMIT + 4}`);
    expect((await searchArticles('gioi han ket qua tim kiem', first.pageCount + 1)).hits).toEqual([]);
    // Fewer matches than the limit: counted exactly, title match first.
    await article('gioi-han-tieu-de', 'Giới hạn kết quả tìm kiếm khácbiệt', '', { publishedAt: new Date(now - 86_400_000 * 30) });
    expect(await searchArticles('gioi han ket qua tim kiem khacbiet', 1)).toMatchObject({ total: 1, more: false, pageCount: 1 });
  });

  it('treats SQL and LIKE metacharacters, HTML and huge queries as plain text', async () => {
    await article('phan-tram', 'Tăng trưởng 100% kế hoạch', '');
    for (const query of ['%', '_', "'", '\\', "' OR 1=1 --", '<script>alert(1)</script>', '%%%___', 'x'.repeat(1000), 'a&b|c!d:*']) {
      const results = await searchArticles(query, 1);
      expect(results.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(results.hits.map((hit) => hit.slug)).not.toContain(SEEDED);
    }
    expect((await searchArticles('100%', 1)).hits.map((hit) => hit.slug)).toEqual(['phan-tram']);
    expect(await searchArticles('', 1)).toMatchObject({ query: '', hits: [], total: 0 });
  });

  it('normalises and escapes queries', async () => {
    expect(normalizeSearchQuery('  a \n b ')).toBe('a b');
    expect(normalizeSearchQuery(['x', 'y'])).toBe('x');
    // PostgreSQL can't take NUL in a query parameter: it must never reach the database.
    expect(normalizeSearchQuery('a\u0000b\u0007c')).toBe('a b c');
    await expect(searchArticles('\u0000<script>', 1)).resolves.toMatchObject({ total: 0 });
    expect(normalizeSearchQuery('Mu\u0323c')).toBe('Mục');
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
