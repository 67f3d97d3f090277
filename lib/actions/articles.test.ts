import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { invalidatedTags } from '@/test/next-cache-stub';
import { CONFLICT_NOTE } from '@/lib/data/staff/articles';
import {
  changeArticleStatusAction,
  autosaveArticleAction,
  purgeArticlesAction,
  restoreArticlesAction,
  restoreRevisionAction,
  saveArticleAction,
  trashArticlesAction,
} from './articles';

let n = 0;
function body(text: string, extra: unknown[] = []) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...extra] };
}
function input(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    title: `Bài thử ${n}`,
    slug: `bai-thu-${n}-${Date.now()}`,
    summary: 'Tóm tắt',
    categoryId: '',
    coverMediaId: '',
    byline: '',
    body: body(`Nội dung ${n}`),
    intent: 'save',
    ...overrides,
  } as const;
}
function form(entries: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) for (const item of [value].flat()) data.append(key, item);
  return data;
}
async function create(overrides: Record<string, unknown> = {}) {
  const state = await saveArticleAction(null, input(overrides) as never);
  expect(state.ok, state.message).toBe(true);
  return state.data as { id: string; version: number };
}

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('saveArticleAction', () => {
  it('lets an author create a draft and save it, with a revision each time', async () => {
    const author = await signedInAs('AUTHOR');
    const { id, version } = await create({ title: 'Mục tiêu đầu tư', slug: 'muc-tieu-dau-tu' });
    const saved = await saveArticleAction(null, input({ id, version, title: 'Mục tiêu đầu tư 2', slug: 'muc-tieu-dau-tu' }) as never);
    expect(saved).toMatchObject({ ok: true, data: { version: version + 1, status: 'DRAFT' } });
    const row = await prisma.article.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(row).toMatchObject({ authorId: author.id, title: 'Mục tiêu đầu tư 2', asciiTitle: 'Muc tieu dau tu 2', status: 'DRAFT' });
    expect(row.bodyHtml).toContain('<p>');
    expect(row.revisions.map((r) => r.kind)).toEqual(['MANUAL', 'MANUAL']);
    // drafts are not public: nothing to invalidate
    expect(invalidatedTags).toEqual([]);
  });

  it('refuses anonymous users and authors who try to publish or schedule', async () => {
    await actAs(null);
    await expectUnauthorized(saveArticleAction(null, input() as never));
    await signedInAs('AUTHOR');
    const before = await prisma.article.count();
    await expectForbidden(saveArticleAction(null, input({ intent: 'publish' }) as never));
    await expectForbidden(saveArticleAction(null, input({ intent: 'schedule', scheduledAt: '2099-01-01T08:00' }) as never));
    expect(await prisma.article.count()).toBe(before);
  });

  it('refuses javascript: links and bad YouTube URLs with field errors', async () => {
    await signedInAs('EDITOR');
    const bad = body('x', [{ type: 'paragraph', content: [{ type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }]);
    const state = await saveArticleAction(null, input({ body: bad }) as never);
    expect(state.ok).toBe(false);
    expect(state.errors?.body?.[0]).toContain('javascript:alert(1)');
    const video = body('x', [{ type: 'youtube', attrs: { src: 'https://evil.example/embed/dQw4w9WgXcQ' } }]);
    const videoState = await saveArticleAction(null, input({ body: video }) as never);
    expect(videoState.errors?.body?.[0]).toContain('YouTube');
    const unknownNode = { type: 'doc', content: [{ type: 'script', content: [] }] };
    expect((await saveArticleAction(null, input({ body: unknownNode }) as never)).errors?.body?.[0]).toContain('không hợp lệ');
  });

  it('stores YouTube embeds as the canonical no-cookie URL and renders the iframe', async () => {
    await signedInAs('EDITOR');
    const { id } = await create({ body: body('x', [{ type: 'youtube', attrs: { src: 'https://www.youtube.com/shorts/dQw4w9WgXcQ' } }]) });
    const row = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row.body)).toContain('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(row.bodyHtml).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  });

  it('reports a slug clash with a suggestion', async () => {
    await signedInAs('EDITOR');
    await create({ slug: 'tin-trung-lap' });
    await create({ slug: 'tin-trung-lap-2' });
    const state = await saveArticleAction(null, input({ slug: 'tin-trung-lap' }) as never);
    expect(state).toMatchObject({ ok: false, data: { slugSuggestion: 'tin-trung-lap-3' } });
    expect(state.errors?.slug?.[0]).toContain('tin-trung-lap-3');
  });

  it('detects a conflict in one statement and keeps the loser’s text as a revision', async () => {
    await signedInAs('EDITOR');
    const { id, version } = await create({ slug: `xung-dot-${Date.now()}` });
    const slug = (await prisma.article.findUniqueOrThrow({ where: { id } })).slug;
    const first = await saveArticleAction(null, input({ id, version, slug, title: 'Bản của A' }) as never);
    expect(first.ok).toBe(true);
    await signedInAs('EDITOR');
    const second = await saveArticleAction(null, input({ id, version, slug, title: 'Bản của B', body: body('Chữ quý giá của B') }) as never);
    expect(second).toMatchObject({ ok: false, data: { conflict: { currentVersion: version + 1 } } });
    expect(second.message).toContain('người khác đã lưu');
    const row = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: 'Bản của A', version: version + 1 });
    const kept = await prisma.articleRevision.findUniqueOrThrow({ where: { id: second.data!.conflict!.revisionId } });
    expect(kept).toMatchObject({ kind: 'MANUAL', title: 'Bản của B', note: CONFLICT_NOTE });
    expect(JSON.stringify(kept.body)).toContain('Chữ quý giá của B');
  });

  it('publishes (editor), invalidates public tags, and keeps authors out of others’ articles (IDOR)', async () => {
    const category = await prisma.category.create({ data: { name: 'Tin thử', slug: `tin-thu-${Date.now()}` } });
    const authorA = await signedInAs('AUTHOR');
    const { id, version } = await create({ categoryId: category.id });
    const slug = (await prisma.article.findUniqueOrThrow({ where: { id } })).slug;
    // author B: edit, submit, trash by id all fail and change nothing
    await signedInAs('AUTHOR');
    const edit = await saveArticleAction(null, input({ id, version, slug, title: 'Chiếm bài' }) as never);
    expect(edit.ok).toBe(false);
    const submit = await saveArticleAction(null, input({ id, version, slug, intent: 'submit' }) as never);
    expect(submit.ok).toBe(false);
    await expectForbidden(trashArticlesAction(null, form({ ids: [id] })));
    expect(await prisma.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ version, status: 'DRAFT', deletedAt: null, authorId: authorA.id });
    // author A submits; then can no longer edit
    await actAs(authorA);
    const submitted = await saveArticleAction(null, input({ id, version, slug, categoryId: category.id, intent: 'submit' }) as never);
    expect(submitted).toMatchObject({ ok: true, data: { status: 'PENDING_REVIEW' } });
    const locked = await saveArticleAction(null, input({ id, version: submitted.data?.version, slug }) as never);
    expect(locked).toMatchObject({ ok: false });
    // an editor publishes
    await signedInAs('EDITOR');
    const published = await saveArticleAction(null, input({ id, version: submitted.data?.version, slug, categoryId: category.id, intent: 'publish' }) as never);
    expect(published).toMatchObject({ ok: true, data: { status: 'PUBLISHED' } });
    expect(invalidatedTags).toEqual(expect.arrayContaining(['articles', `article:${id}`, `article-slug:${slug}`, `category:${category.slug}`]));
    const row = await prisma.article.findUniqueOrThrow({ where: { id }, include: { revisions: { orderBy: { createdAt: 'desc' } } } });
    expect(row.publishedAt).not.toBeNull();
    expect(row.revisions[0]?.kind).toBe('PUBLISH');
    expect(await prisma.auditLog.count({ where: { entityId: id, action: 'article.publish' } })).toBe(1);
  });

  it('schedules in Asia/Ho_Chi_Minh time', async () => {
    await signedInAs('EDITOR');
    const { id } = await create({ intent: 'schedule', scheduledAt: '2099-03-01T08:30' });
    expect(await prisma.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SCHEDULED', publishedAt: new Date('2099-03-01T01:30:00Z') });
    const past = await saveArticleAction(null, input({ intent: 'schedule', scheduledAt: '2001-03-01T08:30' }) as never);
    expect(past.errors?.scheduledAt?.[0]).toContain('tương lai');
  });
});

describe('autosaveArticleAction', () => {
  it('creates a draft with a free slug derived from the title on the first autosave of a new article', async () => {
    await signedInAs('AUTHOR');
    await create({ slug: 'dau-tu-ha-tang' });
    const state = await autosaveArticleAction({ title: 'Đầu tư hạ tầng', summary: '', categoryId: '', coverMediaId: '', byline: '', body: body('x') });
    expect(state).toMatchObject({ ok: true, data: { created: true, slug: 'dau-tu-ha-tang-2' } });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: state.data!.id } })).toMatchObject({ slug: 'dau-tu-ha-tang-2', status: 'DRAFT' });
    // Nothing to create without a title.
    expect((await autosaveArticleAction({ title: '  ', summary: '', body: body('y') })).ok).toBe(false);
  });

  it('keeps the text as the actor’s autosave without touching the article or its version', async () => {
    await signedInAs('AUTHOR');
    const { id, version } = await create({ title: 'Bài tự lưu' });
    const state = await autosaveArticleAction({ id, version, title: 'Bài tự lưu (đang sửa)', summary: 'Tóm tắt mới', body: body('Câu chưa lưu') });
    expect(state).toMatchObject({ ok: true, data: { id, created: false } });
    expect(await prisma.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: 'Bài tự lưu', version });
    const kept = await prisma.articleRevision.findFirstOrThrow({ where: { articleId: id, kind: 'AUTOSAVE' } });
    expect(kept).toMatchObject({ title: 'Bài tự lưu (đang sửa)', summary: 'Tóm tắt mới' });
    expect(JSON.stringify(kept.body)).toContain('Câu chưa lưu');
  });

  it('refuses anonymous callers, another author’s article and malformed documents, storing nothing', async () => {
    const owner = await signedInAs('AUTHOR');
    const { id, version } = await create();
    await actAs(null);
    await expectUnauthorized(autosaveArticleAction({ id, version, title: 'x', summary: '', body: body('x') }));
    await signedInAs('AUTHOR');
    expect(await autosaveArticleAction({ id, version, title: 'Chiếm', summary: '', body: body('x') })).toMatchObject({ ok: false });
    await actAs(owner);
    const deep = { type: 'doc', content: [{ type: 'script', content: [] }] };
    expect(await autosaveArticleAction({ id, version, title: 'x', summary: '', body: deep })).toMatchObject({ ok: false });
    expect(await autosaveArticleAction({ id, version, title: 'x', summary: '', body: 'không phải tài liệu' })).toMatchObject({ ok: false });
    expect(await prisma.articleRevision.count({ where: { articleId: id, kind: 'AUTOSAVE' } })).toBe(0);
  });
});

describe('workflow, trash and revisions', () => {
  it('unpublishes and archives (editors only)', async () => {
    await signedInAs('EDITOR');
    const { id } = await create({ intent: 'publish' });
    await signedInAs('AUTHOR');
    await expectForbidden(changeArticleStatusAction(null, form({ id, to: 'DRAFT' })));
    await signedInAs('EDITOR');
    expect((await changeArticleStatusAction(null, form({ id, to: 'DRAFT' }))).ok).toBe(true);
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
    expect(invalidatedTags).toContain(`article:${id}`);
    expect((await changeArticleStatusAction(null, form({ id, to: 'ARCHIVED' }))).ok).toBe(true);
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe('ARCHIVED');
  });

  it('trashes in bulk, restores, and only admins purge', async () => {
    await signedInAs('EDITOR');
    const a = await create({ intent: 'publish' });
    const b = await create();
    expect((await trashArticlesAction(null, form({ ids: [a.id, b.id] }))).message).toContain('2 bài viết');
    expect(await prisma.article.count({ where: { id: { in: [a.id, b.id] }, deletedAt: { not: null } } })).toBe(2);
    expect(invalidatedTags).toContain(`article:${a.id}`);
    expect((await restoreArticlesAction(null, form({ ids: [b.id] }))).ok).toBe(true);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: b.id } })).deletedAt).toBeNull();
    await expectForbidden(purgeArticlesAction(null, form({ ids: [a.id] })));
    await signedInAs('ADMIN');
    // purge only deletes what is in the trash
    expect((await purgeArticlesAction(null, form({ ids: [a.id, b.id] }))).message).toContain('1 bài viết');
    expect(await prisma.article.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await prisma.article.findUnique({ where: { id: b.id } })).not.toBeNull();
  });

  it('restores a revision as a new RESTORE revision', async () => {
    await signedInAs('EDITOR');
    const { id, version } = await create({ title: 'Tiêu đề gốc' });
    const slug = (await prisma.article.findUniqueOrThrow({ where: { id } })).slug;
    await saveArticleAction(null, input({ id, version, slug, title: 'Tiêu đề sửa' }) as never);
    const original = await prisma.articleRevision.findFirstOrThrow({ where: { articleId: id, title: 'Tiêu đề gốc' } });
    await signedInAs('AUTHOR');
    expect((await restoreRevisionAction(null, form({ revisionId: original.id }))).ok).toBe(false);
    await signedInAs('EDITOR');
    expect((await restoreRevisionAction(null, form({ revisionId: original.id }))).ok).toBe(true);
    const row = await prisma.article.findUniqueOrThrow({ where: { id }, include: { revisions: { orderBy: { createdAt: 'desc' } } } });
    expect(row).toMatchObject({ title: 'Tiêu đề gốc', version: version + 2 });
    expect(row.revisions[0]).toMatchObject({ kind: 'RESTORE', title: 'Tiêu đề gốc' });
  });
});
