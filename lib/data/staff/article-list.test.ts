import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { articleListQuerySchema } from '@/lib/validation/article';
import { listArticlesForStaff, PAGE_SIZE, TEXT_FILTER_COUNT_WINDOW } from './articles';

// The admin article list: each sort order, the filters, and a count that stops
// TEXT_FILTER_COUNT_WINDOW (text filter) or COUNT_WINDOW rows past the page ("more than").

const MATCHING = TEXT_FILTER_COUNT_WINDOW + 30;
let editor = { id: '', role: 'EDITOR' as const };
let author = { id: '', role: 'AUTHOR' as const };

const list = (query: Record<string, string>, actor: { id: string; role: 'EDITOR' | 'AUTHOR' } = editor, trash = false) =>
  listArticlesForStaff(actor, articleListQuerySchema.parse(query), trash);

beforeAll(async () => {
  editor = { id: (await prisma.user.create({ data: { email: 'e@test.vn', name: 'E', role: 'EDITOR', passwordHash: '!' } })).id, role: 'EDITOR' };
  author = { id: (await prisma.user.create({ data: { email: 'a@test.vn', name: 'A', role: 'AUTHOR', passwordHash: '!' } })).id, role: 'AUTHOR' };
  const base = Date.parse('2026-11-01T00:00:00Z');
  await prisma.article.createMany({
    data: Array.from({ length: MATCHING }, (_, index) => ({
      slug: `dem-danh-sach-${index}`,
      title: `Đếm danh sách ${String(index).padStart(3, '0')}`,
      asciiTitle: `Dem danh sach ${String(index).padStart(3, '0')}`,
      body: {},
      status: index % 10 === 0 ? ('DRAFT' as const) : ('PUBLISHED' as const),
      publishedAt: index % 10 === 0 ? null : new Date(base + index * 60_000),
      updatedAt: new Date(base + ((index * 7) % MATCHING) * 60_000),
      authorId: index % 3 === 0 ? author.id : editor.id,
    })),
  });
  await prisma.article.create({ data: { slug: 'trong-thung-rac', title: 'Trong thùng rác', body: {}, authorId: editor.id, deletedAt: new Date(base) } });
});

describe('listArticlesForStaff', () => {
  it('counts exactly when few match, and says "more than" past the window', async () => {
    const narrow = await list({ q: 'dem danh sach 00' });
    expect(narrow).toMatchObject({ total: 10, more: false, pageCount: 1 });

    const wide = await list({ q: 'dem danh sach' });
    expect(wide).toMatchObject({ total: TEXT_FILTER_COUNT_WINDOW, more: true, pageCount: TEXT_FILTER_COUNT_WINDOW / PAGE_SIZE });
    // Deeper pages count the window past themselves, up to what there is.
    expect(await list({ q: 'dem danh sach', trang: '3' })).toMatchObject({ total: MATCHING, more: false });
    expect((await list({ q: 'dem danh sach', trang: String(Math.ceil(MATCHING / PAGE_SIZE)) })).rows).toHaveLength(MATCHING % PAGE_SIZE || PAGE_SIZE);

    // Without a text filter the window is COUNT_WINDOW: all of these are counted.
    expect(await list({})).toMatchObject({ total: MATCHING, more: false });
  });

  it('sorts by each order, with the id as tie-breaker, across pages', async () => {
    const all = await prisma.article.findMany({ where: { deletedAt: null }, select: { id: true, title: true, updatedAt: true, publishedAt: true } });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const expectations: Record<string, typeof all> = {
      'updated-desc': [...all].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byId(b, a)),
      'updated-asc': [...all].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime() || byId(a, b)),
      'published-desc': [...all].sort((a, b) => (b.publishedAt?.getTime() ?? -Infinity) - (a.publishedAt?.getTime() ?? -Infinity) || byId(b, a)),
      'title-asc': [...all].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : byId(a, b))),
    };
    for (const [sapXep, sorted] of Object.entries(expectations)) {
      const second = await list({ sapXep, trang: '2' });
      expect(
        second.rows.map((row) => row.id),
        sapXep,
      ).toEqual(sorted.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((row) => row.id));
    }
  });

  it('filters by status and author, shows an author only their own, and lists the trash apart', async () => {
    const drafts = await list({ trangThai: 'DRAFT' });
    expect(drafts.total).toBe(Math.ceil(MATCHING / 10));
    expect(drafts.rows.every((row) => row.status === 'DRAFT')).toBe(true);
    const byAuthor = await list({ tacGia: author.id });
    expect(byAuthor.total).toBe(Math.ceil(MATCHING / 3));
    const own = await list({}, author);
    expect(own.total).toBe(Math.ceil(MATCHING / 3));
    expect(own.rows.every((row) => row.author.id === author.id)).toBe(true);
    const trash = await list({}, editor, true);
    expect(trash.rows.map((row) => row.title)).toEqual(['Trong thùng rác']);
    expect(trash).toMatchObject({ total: 1, more: false });
  });
});
