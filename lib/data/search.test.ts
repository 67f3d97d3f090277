import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { seedDemoContent } from '@/lib/seed/demo-content';
import { escapeLike, MAX_QUERY_LENGTH, normalizeSearchQuery, searchArticles } from './search';

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

  it('treats SQL and LIKE metacharacters, HTML and huge queries as plain text', async () => {
    await article('phan-tram', 'Tăng trưởng 100% kế hoạch', '');
    for (const query of ["%", '_', "'", '\\', "' OR 1=1 --", '<script>alert(1)</script>', '%%%___', 'x'.repeat(1000), 'a&b|c!d:*']) {
      const results = await searchArticles(query, 1);
      expect(results.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(results.hits.map((hit) => hit.slug)).not.toContain(SEEDED);
    }
    expect((await searchArticles('100%', 1)).hits.map((hit) => hit.slug)).toEqual(['phan-tram']);
    expect((await searchArticles('', 1))).toMatchObject({ query: '', hits: [], total: 0 });
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
