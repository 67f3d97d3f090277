import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { actAs, expectForbidden, signedInAs } from '@/test/act-as';
import { invalidatedTags } from '@/test/next-cache-stub';
import { publishedArticleBySlug } from '@/lib/data/articles';
import { PENDING_NOTE } from '@/lib/data/staff/articles';
import { discardPendingArticleAction, publishPendingArticleAction } from './article-pending';
import { autosaveArticleAction, restoreRevisionAction, saveArticleAction } from './articles';

// Issue 18 part 1: a save of a PUBLISHED article waits as pending changes; readers keep the
// published text until "Cập nhật bài".

let n = 0;
function body(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
function input(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    title: `Bài đăng ${n}`,
    slug: `bai-dang-${n}-${Date.now()}`,
    summary: 'Tóm tắt',
    categoryId: '',
    coverMediaId: '',
    byline: '',
    body: body(`Nội dung ${n}`),
    intent: 'save',
    ...overrides,
  };
}
async function published() {
  await signedInAs('EDITOR');
  const fields = input({ intent: 'publish' });
  const state = await saveArticleAction(null, fields as never);
  expect(state.ok, state.message).toBe(true);
  const data = state.data as { id: string; version: number };
  return { ...data, fields: { ...fields, intent: 'save' } };
}
async function row(id: string) {
  return prisma.article.findUniqueOrThrow({ where: { id }, include: { revisions: { orderBy: { createdAt: 'asc' } } } });
}

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('pending changes on a published article', () => {
  it('keeps a save as pending: readers see the published text, nothing is invalidated', async () => {
    const { id, version, fields } = await published();
    invalidatedTags.length = 0;
    const saved = await saveArticleAction(null, { ...fields, id, version, title: 'Tiêu đề mới', body: body('Chữ mới') } as never);
    expect(saved).toMatchObject({ ok: true, data: { version: version + 1, status: 'PUBLISHED', pending: true } });
    expect(saved.message).toContain('Cập nhật bài');
    expect(invalidatedTags).toEqual([]);
    const article = await row(id);
    expect(article).toMatchObject({ title: fields.title, status: 'PUBLISHED', version: version + 1 });
    expect(article.bodyText).not.toContain('Chữ mới');
    expect(article.pendingContent).toMatchObject({ title: 'Tiêu đề mới', slug: fields.slug });
    expect(article.revisions.at(-1)).toMatchObject({ kind: 'MANUAL', title: 'Tiêu đề mới', note: PENDING_NOTE });
    const reader = await publishedArticleBySlug(fields.slug);
    expect(reader?.title).toBe(fields.title);
  });

  it('publishes the pending version with "Cập nhật bài", invalidating like a publish, and audits it', async () => {
    const { id, version, fields } = await published();
    const original = await row(id);
    await saveArticleAction(null, { ...fields, id, version, title: 'Bản cập nhật', slug: `${fields.slug}-moi`, body: body('Có thêm chữ') } as never);
    invalidatedTags.length = 0;
    const result = await publishPendingArticleAction({ id, version: version + 1 });
    expect(result, result.message).toMatchObject({ ok: true, data: { version: version + 2, status: 'PUBLISHED' } });
    const article = await row(id);
    expect(article).toMatchObject({ title: 'Bản cập nhật', slug: `${fields.slug}-moi`, pendingContent: null, pendingAt: null });
    expect(article.publishedAt).toEqual(original.publishedAt);
    expect(article.bodyText).toContain('Có thêm chữ');
    expect(invalidatedTags).toEqual(expect.arrayContaining(['articles', `article:${id}`]));
    expect(invalidatedTags.some((tag) => tag.includes(fields.slug))).toBe(true);
    // the old address keeps working
    expect(await prisma.articleSlugHistory.count({ where: { slug: fields.slug, articleId: id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: id, action: 'article.publish', summary: { path: ['pendingPublished'], equals: true } } })).toBe(1);
  });

  it('discards the pending version; readers never saw it', async () => {
    const { id, version, fields } = await published();
    await saveArticleAction(null, { ...fields, id, version, title: 'Sẽ bỏ' } as never);
    invalidatedTags.length = 0;
    const result = await discardPendingArticleAction({ id, version: version + 1 });
    expect(result, result.message).toMatchObject({ ok: true, data: { version: version + 2 } });
    const article = await row(id);
    expect(article).toMatchObject({ title: fields.title, pendingContent: null });
    expect(invalidatedTags).toEqual([]);
    expect(await prisma.auditLog.count({ where: { entityId: id, action: 'article.discardPending' } })).toBe(1);
    const again = await discardPendingArticleAction({ id, version: version + 2 });
    expect(again).toMatchObject({ ok: false, message: 'Bài viết không có thay đổi nào chờ xuất bản.' });
  });

  it('detects a conflict on the pending version and keeps the loser as a revision', async () => {
    const { id, version, fields } = await published();
    await saveArticleAction(null, { ...fields, id, version, title: 'Người thứ nhất' } as never);
    const second = await saveArticleAction(null, { ...fields, id, version, title: 'Người thứ hai' } as never);
    expect(second.ok).toBe(false);
    expect(second.data).toMatchObject({ conflict: { currentVersion: version + 1 } });
    expect((await row(id)).pendingContent).toMatchObject({ title: 'Người thứ nhất' });
    // publishing or discarding with the stale version changes nothing
    expect(await discardPendingArticleAction({ id, version })).toMatchObject({ ok: false });
    expect((await publishPendingArticleAction({ id, version })).ok).toBe(false);
    const article = await row(id);
    expect(article).toMatchObject({ title: fields.title, version: version + 1 });
    expect(article.pendingContent).toMatchObject({ title: 'Người thứ nhất' });
  });

  it('"Cập nhật bài" from the form (intent publish) writes the text live and clears the pending version', async () => {
    const { id, version, fields } = await published();
    await saveArticleAction(null, { ...fields, id, version, title: 'Chờ' } as never);
    const live = await saveArticleAction(null, { ...fields, id, version: version + 1, title: 'Đăng luôn', intent: 'publish' } as never);
    expect(live).toMatchObject({ ok: true, data: { pending: false } });
    expect(await row(id)).toMatchObject({ title: 'Đăng luôn', pendingContent: null });
  });

  it('autosave and restoring a revision work on the pending version', async () => {
    const { id, version, fields } = await published();
    const autosaved = await autosaveArticleAction({ ...fields, id, version, title: 'Đang gõ' });
    expect(autosaved.ok, autosaved.message).toBe(true);
    expect((await row(id)).title).toBe(fields.title);
    await saveArticleAction(null, { ...fields, id, version, title: 'Bản hai', body: body('Bản hai') } as never);
    const first = (await row(id)).revisions.find((revision) => revision.kind === 'PUBLISH')!;
    invalidatedTags.length = 0;
    const restored = await restoreRevisionAction({ revisionId: first.id });
    expect(restored.ok, restored.message).toBe(true);
    const article = await row(id);
    expect(article.title).toBe(fields.title);
    expect(article.pendingContent).toMatchObject({ title: fields.title, slug: fields.slug });
    expect(invalidatedTags).toEqual([]);
  });

  it('refuses authors (role) and bad input with a Vietnamese message, changing nothing', async () => {
    const { id, version, fields } = await published();
    await saveArticleAction(null, { ...fields, id, version, title: 'Chờ duyệt' } as never);
    await actAs('AUTHOR');
    await expectForbidden(publishPendingArticleAction({ id, version: version + 1 }));
    await expectForbidden(discardPendingArticleAction({ id, version: version + 1 }));
    await signedInAs('EDITOR');
    const bad = await publishPendingArticleAction({ id: 'khong-phai-id', version: 'x' });
    expect(bad).toMatchObject({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    const missing = await publishPendingArticleAction({ id: '00000000-0000-4000-8000-000000000000', version: 1 });
    expect(missing.message).toContain('Không tìm thấy bài viết');
    expect(await row(id)).toMatchObject({ title: fields.title, version: version + 1 });
  });
});
