import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { resolvePublicPath } from '@/lib/data/public-routes';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actAs, createTestUser, expectForbidden, formData } from '@/test/act-as';
import { deleteTagAction, renameTagAction, saveArticleTagsAction, suggestTagsAction } from './tags';

async function draftOf(authorId: string, status: 'DRAFT' | 'PUBLISHED' = 'DRAFT') {
  return prisma.article.create({
    data: {
      title: 'Bài có thẻ',
      slug: `bai-${Math.random().toString(36).slice(2)}`,
      body: { type: 'doc', content: [] },
      status,
      publishedAt: status === 'PUBLISHED' ? new Date(Date.now() - 60_000) : null,
      authorId,
    },
    select: { id: true },
  });
}

const tagSlugs = async (articleId: string) =>
  (await prisma.articleTag.findMany({ where: { articleId }, orderBy: { position: 'asc' }, select: { tag: { select: { slug: true } } } })).map(
    (row) => row.tag.slug,
  );

beforeEach(async () => {
  invalidatedTags.length = 0;
  await prisma.article.deleteMany();
  await prisma.tag.deleteMany();
});

describe('saveArticleTagsAction', () => {
  it('lets an author tag their own draft, creating tags, and invalidates the tag pages it touches', async () => {
    const author = await signed('AUTHOR');
    const { id } = await draftOf(author.id);
    const result = await saveArticleTagsAction({ articleId: id, tags: ['Đầu tư', 'Khu công nghiệp'] });
    expect(result).toMatchObject({ ok: true, message: 'Đã lưu 2 thẻ.' });
    expect(await tagSlugs(id)).toEqual(['dau-tu', 'khu-cong-nghiep']);
    expect(invalidatedTags).toEqual(expect.arrayContaining(['tags', `article:${id}`, 'tag:dau-tu', 'tag:khu-cong-nghiep']));
    invalidatedTags.length = 0;
    await saveArticleTagsAction({ articleId: id, tags: ['Khu công nghiệp'] });
    // The removed tag's page changes too.
    expect(invalidatedTags).toEqual(expect.arrayContaining(['tag:dau-tu', 'tag:khu-cong-nghiep']));
  });

  it('refuses another author’s article (IDOR) and changes nothing', async () => {
    const owner = await createTestUser('AUTHOR');
    const { id } = await draftOf(owner.id);
    await actAs('AUTHOR');
    const result = await saveArticleTagsAction({ articleId: id, tags: ['Lạ'] });
    expect(result).toMatchObject({ ok: false, message: 'Không tìm thấy bài viết, hoặc bạn không còn quyền sửa bài này.' });
    expect(await prisma.tag.count()).toBe(0);
    expect(invalidatedTags).toEqual([]);
  });

  it('lets an editor tag a published article', async () => {
    const owner = await createTestUser('AUTHOR');
    const { id } = await draftOf(owner.id, 'PUBLISHED');
    await actAs('EDITOR');
    expect((await saveArticleTagsAction({ articleId: id, tags: ['Tin nóng'] })).ok).toBe(true);
    expect(await tagSlugs(id)).toEqual(['tin-nong']);
  });

  it('rejects bad input with a Vietnamese message and no change', async () => {
    const author = await signed('AUTHOR');
    const { id } = await draftOf(author.id);
    const tooMany = Array.from({ length: 21 }, (_, index) => `Thẻ ${index}`);
    expect((await saveArticleTagsAction({ articleId: id, tags: tooMany })).errors?.tags?.[0]).toBe('Mỗi bài có nhiều nhất 20 thẻ.');
    expect((await saveArticleTagsAction({ articleId: id, tags: ['x'.repeat(61)] })).ok).toBe(false);
    const punctuation = await saveArticleTagsAction({ articleId: id, tags: ['!!!'] });
    expect(punctuation.ok).toBe(false);
    expect(punctuation.message).toBe('Vui lòng kiểm tra lại các trường được đánh dấu.');
    expect(punctuation.errors?.tags?.[0]).toBe('Tên thẻ cần có chữ hoặc số.');
    expect((await saveArticleTagsAction({ articleId: 'khong-phai-uuid', tags: ['A'] })).errors?.articleId?.[0]).toBe('Mã không hợp lệ.');
    expect(await prisma.tag.count()).toBe(0);
  });

  it('accepts the tags of a submitted form (one field per tag)', async () => {
    const author = await signed('AUTHOR');
    const { id } = await draftOf(author.id);
    const form = formData({ articleId: id });
    form.append('tags', 'Một');
    form.append('tags', 'Hai');
    expect((await saveArticleTagsAction(null, form)).ok).toBe(true);
    expect(await tagSlugs(id)).toEqual(['mot', 'hai']);
  });
});

describe('suggestTagsAction', () => {
  it('suggests existing tags to any staff member', async () => {
    const author = await signed('AUTHOR');
    const { id } = await draftOf(author.id);
    await saveArticleTagsAction({ articleId: id, tags: ['Hạ tầng giao thông'] });
    const result = await suggestTagsAction({ q: 'ha tang' });
    expect(result.data?.map((tag) => tag.name)).toEqual(['Hạ tầng giao thông']);
  });

  it('is refused without a session', async () => {
    await actAs(null);
    await expect(suggestTagsAction({ q: 'a' })).rejects.toBeTruthy();
  });
});

describe('renameTagAction and deleteTagAction', () => {
  it('are for editors: an author is refused', async () => {
    const tag = await prisma.tag.create({ data: { name: 'A', slug: 'a' } });
    await actAs('AUTHOR');
    await expectForbidden(renameTagAction({ id: tag.id, name: 'B', slug: '' }));
    await expectForbidden(deleteTagAction(tag.id));
    expect(await prisma.tag.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({ name: 'A', slug: 'a' });
  });

  it('renaming keeps the old address as a 308 redirect to the new one', async () => {
    const tag = await prisma.tag.create({ data: { name: 'Cụm công nghiệp', slug: 'cum-cong-nghiep' } });
    await actAs('EDITOR');
    const result = await renameTagAction(null, formData({ id: tag.id, name: 'Cụm CN', slug: '' }));
    expect(result.ok).toBe(true);
    expect(invalidatedTags).toEqual(expect.arrayContaining(['tag:cum-cong-nghiep', 'tag:cum-cn']));
    expect(await resolvePublicPath('/tin-tuc/the/cum-cong-nghiep')).toEqual({ kind: 'redirect', location: '/tin-tuc/the/cum-cn' });
    expect(await resolvePublicPath('/tin-tuc/the/cum-cn')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/tin-tuc/the/khong-co')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/tin-tuc/the/KHONG')).toEqual({ kind: 'not-found' });
    expect(await prisma.auditLog.count({ where: { action: 'tag.update', entityId: tag.id } })).toBe(1);
  });

  it('refuses a slug another tag has, keeping both', async () => {
    const a = await prisma.tag.create({ data: { name: 'A', slug: 'a' } });
    await prisma.tag.create({ data: { name: 'B', slug: 'b' } });
    await actAs('EDITOR');
    const result = await renameTagAction(null, formData({ id: a.id, name: 'A', slug: 'b' }));
    expect(result.errors?.slug?.[0]).toBe('Đường dẫn “b” đã được dùng cho thẻ khác.');
    expect(await prisma.tag.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ slug: 'a' });
    expect((await renameTagAction(null, formData({ id: a.id, name: 'A', slug: 'Có Dấu' }))).errors?.slug?.[0]).toMatch(/chữ thường không dấu/);
  });

  it('deletes a tag and its links, and a second delete says it is gone', async () => {
    const author = await createTestUser('AUTHOR');
    const { id } = await draftOf(author.id);
    const tag = await prisma.tag.create({ data: { name: 'Xóa', slug: 'xoa' } });
    await prisma.articleTag.create({ data: { articleId: id, tagId: tag.id } });
    await actAs('EDITOR');
    expect((await deleteTagAction(tag.id)).ok).toBe(true);
    expect(await prisma.articleTag.count()).toBe(0);
    expect(await deleteTagAction(tag.id)).toMatchObject({ ok: false, message: 'Thẻ không còn tồn tại (có thể đã bị xóa).' });
  });
});

async function signed(role: 'AUTHOR' | 'EDITOR') {
  const user = await actAs(role);
  if (!user) throw new Error('unreachable');
  return user;
}
