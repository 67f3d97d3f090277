import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { createTestUser } from '@/test/act-as';
import { findOrCreateTags, normalizeTagName, renameTag, saveArticleTags, setArticleTags, suggestTags, tagSlug, tagsOfArticle } from './tags';

async function article(authorId: string, status: 'DRAFT' | 'PUBLISHED' = 'DRAFT', slug = `bai-${Math.random().toString(36).slice(2)}`) {
  return prisma.article.create({
    data: { title: 'Bài', slug, body: { type: 'doc', content: [] }, status, publishedAt: status === 'PUBLISHED' ? new Date() : null, authorId },
    select: { id: true },
  });
}

beforeEach(async () => {
  await prisma.article.deleteMany();
  await prisma.tag.deleteMany();
});

describe('tag names and slugs', () => {
  it('makes Vietnamese-aware slugs and tidy names', () => {
    expect(tagSlug('Đầu tư công')).toBe('dau-tu-cong');
    expect(tagSlug('  Khu   công nghiệp ')).toBe('khu-cong-nghiep');
    expect(normalizeTagName('  Khu   công\tnghiệp ')).toBe('Khu công nghiệp');
    expect(tagSlug('!!!')).toBe('');
  });
});

describe('findOrCreateTags', () => {
  it('creates missing tags once, reuses existing ones by slug and keeps the given order', async () => {
    const first = await findOrCreateTags(['Đầu tư', 'Cụm công nghiệp']);
    expect(first.map((t) => t.slug)).toEqual(['dau-tu', 'cum-cong-nghiep']);
    const second = await findOrCreateTags(['cụm công nghiệp', 'ĐẦU TƯ ', 'Đầu tư', '???', 'Hạ tầng']);
    expect(second.map((t) => t.slug)).toEqual(['cum-cong-nghiep', 'dau-tu', 'ha-tang']);
    expect(second[0]?.id).toBe(first[1]?.id);
    // The first spelling stays the tag's name.
    expect(second[0]?.name).toBe('Cụm công nghiệp');
    expect(await prisma.tag.count()).toBe(3);
  });

  it('survives concurrent creation of the same tag', async () => {
    const results = await Promise.all([findOrCreateTags(['Song song']), findOrCreateTags(['song song'])]);
    expect(results[0]?.[0]?.id).toBe(results[1]?.[0]?.id);
    expect(await prisma.tag.count()).toBe(1);
  });

  it('a new live tag takes its slug back from a renamed tag’s history', async () => {
    const [tag] = await findOrCreateTags(['Cũ']);
    const actor = await createTestUser('EDITOR');
    expect((await renameTag(tag!.id, { name: 'Mới', slug: '' }, actor)).ok).toBe(true);
    expect(await prisma.tagSlugHistory.findUnique({ where: { slug: 'cu' } })).not.toBeNull();
    const [again] = await findOrCreateTags(['Cũ']);
    expect(again?.id).not.toBe(tag!.id);
    expect(await prisma.tagSlugHistory.findUnique({ where: { slug: 'cu' } })).toBeNull();
  });
});

describe('article tags', () => {
  it('replaces tags in order and reads them back', async () => {
    const author = await createTestUser('AUTHOR');
    const { id } = await article(author.id);
    await setArticleTags(id, ['A một', 'B hai']);
    await setArticleTags(id, ['B hai', 'C ba']);
    expect((await tagsOfArticle(id)).map((t) => t.slug)).toEqual(['b-hai', 'c-ba']);
  });

  it('an author cannot tag another author’s article or their own published one (IDOR)', async () => {
    const owner = await createTestUser('AUTHOR');
    const other = await createTestUser('AUTHOR');
    const draft = await article(owner.id);
    const published = await article(owner.id, 'PUBLISHED');
    expect(await saveArticleTags(draft.id, ['Lạ'], other)).toEqual({ ok: false, reason: 'not-found' });
    expect(await saveArticleTags(published.id, ['Lạ'], owner)).toEqual({ ok: false, reason: 'not-found' });
    expect(await prisma.tag.count()).toBe(0);
    const saved = await saveArticleTags(draft.id, ['Của tôi'], owner);
    expect(saved.ok).toBe(true);
    expect(await prisma.auditLog.count({ where: { action: 'article.tags', entityId: draft.id } })).toBe(1);
  });
});

describe('suggestTags', () => {
  it('finds tags by what was typed, with or without diacritics, prefix matches first', async () => {
    await findOrCreateTags(['Hạ tầng kỹ thuật', 'Đầu tư hạ tầng', 'Môi trường']);
    expect((await suggestTags('ha tang')).map((t) => t.slug)).toEqual(['ha-tang-ky-thuat', 'dau-tu-ha-tang']);
    expect(await suggestTags('   ')).toEqual([]);
  });
});

describe('the admin list’s tag filter', () => {
  it('lists only the articles with that tag, still scoped to the author', async () => {
    const { listArticlesForStaff } = await import('./articles');
    const { articleListQuerySchema } = await import('@/lib/validation/article');
    const author = await createTestUser('AUTHOR');
    const other = await createTestUser('AUTHOR');
    const tagged = await article(author.id);
    await article(author.id);
    const othersTagged = await article(other.id);
    await setArticleTags(tagged.id, ['Đầu tư']);
    await setArticleTags(othersTagged.id, ['Đầu tư']);
    const query = articleListQuerySchema.parse({ the: 'dau-tu' });
    expect((await listArticlesForStaff(author, query)).rows.map((row) => row.id)).toEqual([tagged.id]);
    const editor = await createTestUser('EDITOR');
    expect((await listArticlesForStaff(editor, query)).rows.map((row) => row.id).sort()).toEqual([tagged.id, othersTagged.id].sort());
    // A malformed tag filter is ignored, not an error.
    expect(articleListQuerySchema.parse({ the: '<script>' }).the).toBeUndefined();
  });
});
