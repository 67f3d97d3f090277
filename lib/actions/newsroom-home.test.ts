import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { activeNotices, activePinned, homeCategoryBlocks, pinnedArticles, upcomingNotices } from '@/lib/data/home';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actAs, createTestUser, expectForbidden, formData } from '@/test/act-as';
import {
  createNoticeAction,
  deleteNoticeAction,
  pinArticleAction,
  reorderFeaturedAction,
  saveHomeBlocksAction,
  unpinArticleAction,
  updateNoticeAction,
} from './newsroom-home';

async function article(title: string, status: 'DRAFT' | 'PUBLISHED' = 'PUBLISHED', categoryId: string | null = null, minutesAgo = 10) {
  const author = await createTestUser('AUTHOR');
  return prisma.article.create({
    data: {
      title,
      slug: `bai-${Math.random().toString(36).slice(2)}`,
      body: { type: 'doc', content: [] },
      status,
      publishedAt: status === 'PUBLISHED' ? new Date(Date.now() - minutesAgo * 60_000) : null,
      authorId: author.id,
      categoryId,
    },
    select: { id: true },
  });
}

beforeEach(async () => {
  invalidatedTags.length = 0;
  await prisma.article.deleteMany();
  await prisma.siteNotice.deleteMany();
  await prisma.homeBlock.deleteMany();
  await prisma.category.deleteMany();
});

describe('pinned articles (Tin nổi bật)', () => {
  it('an editor pins articles in order, with an end date; the home page reads them that way', async () => {
    const a = await article('Bài A');
    const b = await article('Bài B');
    await actAs('EDITOR');
    expect((await pinArticleAction(null, formData({ articleId: a.id, endsAt: '' }))).message).toBe('Đã đưa “Bài A” vào Tin nổi bật.');
    expect((await pinArticleAction(null, formData({ articleId: b.id, endsAt: '31/12/2099 08:00' }))).ok).toBe(true);
    expect(invalidatedTags).toContain('featured-articles');
    const rows = await prisma.featuredArticle.findMany({ orderBy: { position: 'asc' } });
    expect(rows.map((row) => row.articleId)).toEqual([a.id, b.id]);
    expect(rows[1]?.endsAt?.toISOString()).toBe('2099-12-31T01:00:00.000Z');
    expect((await reorderFeaturedAction({ ids: [rows[1]!.id, rows[0]!.id] })).ok).toBe(true);
    expect((await pinnedArticles()).map((item) => item.title)).toEqual(['Bài B', 'Bài A']);
    // Past its end date an article is no longer pinned (checked at request time).
    expect(activePinned(await pinnedArticles(), new Date('2100-01-01')).map((item) => item.title)).toEqual(['Bài A']);
    expect((await unpinArticleAction(rows[0]!.id)).ok).toBe(true);
    expect(await prisma.featuredArticle.count()).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: { in: ['article.pin', 'article.unpin', 'featured.reorder'] } } })).toBe(4);
  });

  it('refuses a draft, a past end date, a malformed date, and an author', async () => {
    const draft = await article('Nháp', 'DRAFT');
    const published = await article('Đã đăng');
    await actAs('EDITOR');
    expect((await pinArticleAction({ articleId: draft.id, endsAt: '' })).message).toBe('Chỉ ghim được bài đã xuất bản hoặc đã hẹn giờ xuất bản.');
    expect((await pinArticleAction({ articleId: published.id, endsAt: '01/01/2020 08:00' })).errors?.endsAt?.[0]).toBe('Ngày kết thúc đã qua.');
    expect((await pinArticleAction({ articleId: published.id, endsAt: '2099-12-31' })).errors?.endsAt?.[0]).toBe(
      'Ngày kết thúc phải có dạng dd/mm/yyyy hh:mm (giờ Việt Nam).',
    );
    expect(await prisma.featuredArticle.count()).toBe(0);
    await actAs('AUTHOR');
    await expectForbidden(pinArticleAction({ articleId: published.id, endsAt: '' }));
    expect(await prisma.featuredArticle.count()).toBe(0);
  });

  it('a reorder that does not match the list changes nothing', async () => {
    const a = await article('A');
    await actAs('EDITOR');
    await pinArticleAction({ articleId: a.id, endsAt: '' });
    const result = await reorderFeaturedAction({ ids: [crypto.randomUUID()] });
    expect(result.message).toBe('Danh sách đã thay đổi ở nơi khác. Hãy tải lại trang rồi thử lại.');
  });
});

describe('notices (Thông báo)', () => {
  it('an editor adds, edits and deletes notices; only current ones show', async () => {
    await actAs('EDITOR');
    expect((await createNoticeAction(null, formData({ text: 'Lịch tiếp công dân tháng 12', url: '/lien-he', startsAt: '', endsAt: '' }))).ok).toBe(true);
    expect((await createNoticeAction(null, formData({ text: 'Sắp tới', url: '', startsAt: '01/01/2099 08:00', endsAt: '' }))).ok).toBe(true);
    expect(invalidatedTags).toContain('site-notices');
    expect(activeNotices(await upcomingNotices()).map((notice) => notice.text)).toEqual(['Lịch tiếp công dân tháng 12']);
    const notice = await prisma.siteNotice.findFirstOrThrow({ where: { text: 'Sắp tới' } });
    expect(
      (await updateNoticeAction(null, formData({ id: notice.id, text: 'Đã sửa', url: '', startsAt: '01/01/2099 08:00', endsAt: '02/01/2099 08:00' }))).ok,
    ).toBe(true);
    expect(await prisma.siteNotice.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ text: 'Đã sửa' });
    expect((await deleteNoticeAction(notice.id)).ok).toBe(true);
    expect(await deleteNoticeAction(notice.id)).toMatchObject({ ok: false, message: 'Thông báo không còn tồn tại (có thể đã bị xóa).' });
  });

  it('rejects bad input with Vietnamese messages and no change', async () => {
    await actAs('EDITOR');
    const empty = await createNoticeAction(null, formData({ text: '  ', url: '', startsAt: '', endsAt: '' }));
    expect(empty.errors?.text?.[0]).toBe('Nội dung thông báo là bắt buộc.');
    const script = await createNoticeAction(null, formData({ text: 'A', url: 'javascript:alert(1)', startsAt: '', endsAt: '' }));
    expect(script.errors?.url?.[0]).toMatch(/^Liên kết phải là đường dẫn trong trang/);
    expect((await createNoticeAction(null, formData({ text: 'A', url: '//evil.example', startsAt: '', endsAt: '' }))).ok).toBe(false);
    const backwards = await createNoticeAction(null, formData({ text: 'A', url: '', startsAt: '02/01/2099 08:00', endsAt: '01/01/2099 08:00' }));
    expect(backwards.errors?.endsAt?.[0]).toBe('Thời điểm kết thúc phải sau thời điểm bắt đầu.');
    expect(await prisma.siteNotice.count()).toBe(0);
    await actAs('AUTHOR');
    await expectForbidden(createNoticeAction(null, formData({ text: 'A', url: '', startsAt: '', endsAt: '' })));
  });
});

describe('home page blocks', () => {
  it('an editor chooses the categories, their order and item counts; none set means every category', async () => {
    const [one, two] = await Promise.all([
      prisma.category.create({ data: { name: 'Một', slug: 'mot', sortOrder: 0 } }),
      prisma.category.create({ data: { name: 'Hai', slug: 'hai', sortOrder: 1 } }),
    ]);
    for (let index = 0; index < 3; index += 1) {
      await article(`Một ${index}`, 'PUBLISHED', one.id, index + 1);
      await article(`Hai ${index}`, 'PUBLISHED', two.id, index + 1);
    }
    expect((await homeCategoryBlocks(5)).map((block) => [block.slug, block.articles.length])).toEqual([
      ['mot', 3],
      ['hai', 3],
    ]);
    await actAs('EDITOR');
    expect((await saveHomeBlocksAction({ blocks: [{ categoryId: two.id, itemCount: 2 }] })).ok).toBe(true);
    expect(invalidatedTags).toContain('home-blocks');
    expect((await homeCategoryBlocks(5)).map((block) => [block.slug, block.articles.map((a) => a.title)])).toEqual([['hai', ['Hai 0', 'Hai 1']]]);
  });

  it('rejects a repeated category, a bad count, a deleted category, and an author', async () => {
    const one = await prisma.category.create({ data: { name: 'Một', slug: 'mot' } });
    await actAs('EDITOR');
    const twice = await saveHomeBlocksAction({
      blocks: [
        { categoryId: one.id, itemCount: 2 },
        { categoryId: one.id, itemCount: 3 },
      ],
    });
    expect(twice.message).toBe('Mỗi chuyên mục chỉ được chọn một lần.');
    expect((await saveHomeBlocksAction({ blocks: [{ categoryId: one.id, itemCount: 0 }] })).ok).toBe(false);
    expect((await saveHomeBlocksAction({ blocks: [{ categoryId: crypto.randomUUID(), itemCount: 3 }] })).message).toBe(
      'Có chuyên mục không còn tồn tại. Hãy tải lại trang rồi thử lại.',
    );
    expect(await prisma.homeBlock.count()).toBe(0);
    await actAs('AUTHOR');
    await expectForbidden(saveHomeBlocksAction({ blocks: [] }));
  });
});
