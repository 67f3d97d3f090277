import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { publishedArticleSlugs } from '@/lib/data/articles';
import { publishedPageSlugs } from '@/lib/data/pages';
import { articleSeo } from '@/lib/data/seo';
import { effectiveSeo, shorten } from '@/lib/seo/seo-fields';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actAs, createTestUser, expectForbidden, formData } from '@/test/act-as';
import { saveArticleSeoAction, savePageSeoAction } from './seo';

async function article(authorId: string, status: 'DRAFT' | 'PUBLISHED' = 'DRAFT') {
  return prisma.article.create({
    data: {
      title: 'Tiêu đề bài',
      slug: `bai-${Math.random().toString(36).slice(2)}`,
      body: { type: 'doc', content: [] },
      bodyText: 'Nội dung bài viết dài.',
      status,
      publishedAt: status === 'PUBLISHED' ? new Date(Date.now() - 60_000) : null,
      authorId,
    },
    select: { id: true, slug: true },
  });
}

const fields = (values: Record<string, string>) => formData({ metaTitle: '', description: '', imageMediaId: '', ...values });

beforeEach(async () => {
  invalidatedTags.length = 0;
  await prisma.article.deleteMany();
  await prisma.page.deleteMany();
});

describe('SEO defaults', () => {
  it('use the content when the fields are empty', () => {
    expect(effectiveSeo({ metaTitle: '', description: '' }, { title: 'Bài', summary: 'Tóm tắt', bodyText: 'Thân' })).toEqual({
      title: 'Bài',
      description: 'Tóm tắt',
    });
    expect(effectiveSeo({ metaTitle: ' SEO ', description: 'Mô tả' }, { title: 'Bài', summary: 'Tóm tắt', bodyText: '' })).toEqual({
      title: 'SEO',
      description: 'Mô tả',
    });
    expect(effectiveSeo({ metaTitle: '', description: '' }, { title: 'Bài', summary: '', bodyText: 'Thân bài' }).description).toBe('Thân bài');
    expect(shorten('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
  });
});

describe('saveArticleSeoAction', () => {
  it('an author sets the fields of their own draft; a noindex article leaves the sitemap', async () => {
    const author = await actAs('AUTHOR');
    const draft = await article(author!.id);
    const result = await saveArticleSeoAction(
      null,
      fields({ articleId: draft.id, metaTitle: 'Tiêu đề tìm kiếm', description: 'Mô tả chia sẻ', noindex: 'on' }),
    );
    expect(result).toMatchObject({ ok: true, message: 'Đã lưu thông tin SEO và chia sẻ.' });
    expect(invalidatedTags).toEqual(expect.arrayContaining([`article:${draft.id}`, 'articles']));
    expect(await articleSeo(draft.id)).toMatchObject({
      metaTitle: 'Tiêu đề tìm kiếm',
      description: 'Mô tả chia sẻ',
      noindex: true,
      bodyStart: 'Nội dung bài viết dài.',
    });
    await prisma.article.update({ where: { id: draft.id }, data: { status: 'PUBLISHED', publishedAt: new Date(Date.now() - 1000) } });
    const other = await article(author!.id, 'PUBLISHED');
    expect((await publishedArticleSlugs()).map((row) => row.slug)).toEqual([other.slug]);
  });

  it('refuses another author’s article (IDOR), a non-image, and over-long fields, changing nothing', async () => {
    const owner = await createTestUser('AUTHOR');
    const draft = await article(owner.id);
    await actAs('AUTHOR');
    expect((await saveArticleSeoAction(null, fields({ articleId: draft.id, metaTitle: 'Lạ' }))).message).toBe(
      'Không tìm thấy bài viết, hoặc bạn không còn quyền sửa bài này.',
    );
    await actAs(owner);
    const long = await saveArticleSeoAction(null, fields({ articleId: draft.id, metaTitle: 'x'.repeat(71) }));
    expect(long.errors?.metaTitle?.[0]).toBe('Tiêu đề SEO không được dài quá 70 ký tự.');
    const pdf = await prisma.media.create({ data: { storageKey: 'a.pdf', originalName: 'a.pdf', mimeType: 'application/pdf', byteSize: 1 } });
    expect((await saveArticleSeoAction(null, fields({ articleId: draft.id, imageMediaId: pdf.id }))).message).toBe(
      'Ảnh chia sẻ phải là một ảnh trong thư viện.',
    );
    expect(await prisma.articleSeo.count()).toBe(0);
  });
});

describe('savePageSeoAction', () => {
  it('an admin sets a page’s fields; noindex pages leave the sitemap; editors are refused', async () => {
    const page = await prisma.page.create({ data: { title: 'Giới thiệu', slug: 'gioi-thieu-seo', body: {}, published: true } });
    await actAs('ADMIN');
    expect((await savePageSeoAction(null, fields({ pageId: page.id, noindex: 'on' }))).ok).toBe(true);
    expect(invalidatedTags).toEqual(expect.arrayContaining(['pages', 'page:gioi-thieu-seo']));
    expect((await publishedPageSlugs()).map((row) => row.slug)).not.toContain('gioi-thieu-seo');
    expect((await savePageSeoAction(null, fields({ pageId: crypto.randomUUID() }))).message).toBe('Trang không còn tồn tại.');
    await actAs('EDITOR');
    await expectForbidden(savePageSeoAction(null, fields({ pageId: page.id })));
  });
});
