import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actAs, createTestUser, expectForbidden, formData } from '@/test/act-as';
import { resolvePublicPath } from '@/lib/data/public-routes';

/** Where the public address of a category slug now leads: its new slug, or null when it is live or gone. */
async function categorySlugRedirect(slug: string): Promise<string | null> {
  const resolution = await resolvePublicPath(`/tin-tuc/danh-muc/${slug}`);
  return resolution.kind === 'redirect' ? resolution.location.replace('/tin-tuc/danh-muc/', '') : null;
}
import { createCategoryAction, deleteCategoryAction, reorderCategoriesAction, updateCategoryAction } from './categories';

const snapshot = () => prisma.category.findMany({ orderBy: { id: 'asc' } });

beforeEach(async () => {
  invalidatedTags.length = 0;
  await prisma.article.deleteMany();
  await prisma.category.deleteMany();
});

describe('category actions as EDITOR', () => {
  it('creates with a slug from the Vietnamese name and invalidates public lists', async () => {
    await actAs('EDITOR');
    const result = await createCategoryAction(null, formData({ name: 'Đầu tư phát triển', slug: '', description: '' }));
    expect(result.ok).toBe(true);
    expect(await prisma.category.findFirstOrThrow({ where: { name: 'Đầu tư phát triển' } })).toMatchObject({ slug: 'dau-tu-phat-trien', sortOrder: 0 });
    expect(invalidatedTags).toEqual(expect.arrayContaining(['categories', 'articles']));
    expect(await prisma.auditLog.count({ where: { action: 'category.create' } })).toBe(1);
  });

  it('refuses a slug clash with a clear message and a free suggestion, keeping the typed values', async () => {
    await prisma.category.createMany({
      data: [
        { name: 'Tin tức', slug: 'tin-tuc' },
        { name: 'Tin tức 2', slug: 'tin-tuc-2' },
      ],
    });
    await actAs('EDITOR');
    const result = await createCategoryAction(null, formData({ name: 'Tin tức', slug: '', description: 'Mô tả' }));
    expect(result.ok).toBe(false);
    expect(result.errors?.slug?.[0]).toBe('Đường dẫn “tin-tuc” đã được dùng cho danh mục khác. Gợi ý: “tin-tuc-3”.');
    expect(result.values).toMatchObject({ name: 'Tin tức', description: 'Mô tả', slug: 'tin-tuc-3' });
    expect(await prisma.category.count()).toBe(2);
  });

  it('rejects a malformed slug', async () => {
    await actAs('EDITOR');
    const result = await createCategoryAction(null, formData({ name: 'A', slug: 'Có Dấu!', description: '' }));
    expect(result.errors?.slug?.[0]).toMatch(/chữ thường không dấu/);
  });

  it('renames (keeping its own slug is not a clash) and changes the slug', async () => {
    const category = await prisma.category.create({ data: { name: 'Cũ', slug: 'cu' } });
    await actAs('EDITOR');
    expect((await updateCategoryAction(null, formData({ id: category.id, name: 'Mới', slug: 'cu', description: '' }))).ok).toBe(true);
    expect((await updateCategoryAction(null, formData({ id: category.id, name: 'Mới', slug: 'moi', description: '' }))).ok).toBe(true);
    expect(await prisma.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({ name: 'Mới', slug: 'moi' });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'category.update', entityId: category.id }, orderBy: { createdAt: 'desc' } });
    expect(audit.summary).toMatchObject({ before: { slug: 'cu' }, after: { slug: 'moi' } });
    // The old address redirects to the new one.
    expect(await categorySlugRedirect('cu')).toBe('moi');
    expect(await categorySlugRedirect('moi')).toBeNull();
  });

  it('keeps the slug history straight when renaming back and when a new category takes an old slug', async () => {
    const category = await prisma.category.create({ data: { name: 'A', slug: 'a' } });
    await actAs('EDITOR');
    await updateCategoryAction(null, formData({ id: category.id, name: 'B', slug: 'b', description: '' }));
    await updateCategoryAction(null, formData({ id: category.id, name: 'C', slug: 'c', description: '' }));
    expect(await categorySlugRedirect('a')).toBe('c');
    expect(await categorySlugRedirect('b')).toBe('c');
    // Back to an old slug: it is live again, not a redirect.
    await updateCategoryAction(null, formData({ id: category.id, name: 'A', slug: 'a', description: '' }));
    expect(await categorySlugRedirect('a')).toBeNull();
    expect(await categorySlugRedirect('c')).toBe('a');
    // A new category may take an old slug; the redirect gives way.
    expect((await createCategoryAction(null, formData({ name: 'Khác', slug: 'b', description: '' }))).ok).toBe(true);
    expect(await categorySlugRedirect('b')).toBeNull();
  });

  it('deletes only an empty category, and says why otherwise', async () => {
    const author = await createTestUser('AUTHOR');
    const full = await prisma.category.create({ data: { name: 'Có bài', slug: 'co-bai' } });
    const empty = await prisma.category.create({ data: { name: 'Trống', slug: 'trong' } });
    await prisma.article.create({ data: { title: 'Bài nháp', slug: 'bai-nhap', body: {}, authorId: author.id, categoryId: full.id, deletedAt: new Date() } });
    await actAs('EDITOR');
    const refused = await deleteCategoryAction(full.id);
    expect(refused).toMatchObject({ ok: false });
    expect(refused.message).toMatch(/còn 1 bài viết/);
    expect(await prisma.category.count({ where: { id: full.id } })).toBe(1);
    expect((await deleteCategoryAction(empty.id)).ok).toBe(true);
    expect(await prisma.category.count({ where: { id: empty.id } })).toBe(0);
  });

  it('reorders', async () => {
    const a = await prisma.category.create({ data: { name: 'A', slug: 'a', sortOrder: 0 } });
    const b = await prisma.category.create({ data: { name: 'B', slug: 'b', sortOrder: 1 } });
    await actAs('ADMIN');
    expect((await reorderCategoriesAction({ ids: [b.id, a.id] })).ok).toBe(true);
    expect((await prisma.category.findMany({ orderBy: { sortOrder: 'asc' } })).map((c) => c.slug)).toEqual(['b', 'a']);
  });
});

describe('category actions as AUTHOR', () => {
  it('are forbidden and change nothing', async () => {
    const a = await prisma.category.create({ data: { name: 'A', slug: 'a' } });
    await actAs('AUTHOR');
    const before = await snapshot();
    await expectForbidden(createCategoryAction(null, formData({ name: 'X', slug: '', description: '' })));
    await expectForbidden(updateCategoryAction(null, formData({ id: a.id, name: 'X', slug: 'x', description: '' })));
    await expectForbidden(deleteCategoryAction(a.id));
    await expectForbidden(reorderCategoriesAction({ ids: [a.id] }));
    expect(await snapshot()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });
});
