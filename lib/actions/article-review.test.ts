import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { actAs, expectForbidden, signedInAs, type TestUser } from '@/test/act-as';
import { recentReviewNotesForAuthor, reviewNotesFor } from '@/lib/data/staff/article-review';
import { returnToAuthorAction } from './article-review';
import { changeArticleStatusAction, saveArticleAction } from './articles';

// Issue 18 part 7: returning an article to its author needs a note; the notes stay with it.

let n = 0;
async function submitted(): Promise<{ id: string; author: TestUser }> {
  const author = await signedInAs('AUTHOR');
  n += 1;
  const state = await saveArticleAction(null, {
    title: `Bài chờ duyệt ${n}`,
    slug: `bai-cho-duyet-${n}-${Date.now()}`,
    summary: '',
    categoryId: '',
    coverMediaId: '',
    byline: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] },
    intent: 'submit',
  } as never);
  expect(state.ok, state.message).toBe(true);
  return { id: (state.data as { id: string }).id, author };
}

describe('returnToAuthorAction', () => {
  it('returns the article to draft with the note; the author sees it on the article and dashboard', async () => {
    const { id, author } = await submitted();
    const editor = await signedInAs('EDITOR', { name: 'Biên tập Hoa' });
    const result = await returnToAuthorAction({ id, note: '  Bổ sung số liệu quý III.\nSửa tiêu đề.  ' });
    expect(result, result.message).toMatchObject({ ok: true });
    expect(await prisma.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT' });
    expect(await prisma.auditLog.count({ where: { entityId: id, action: 'article.returnToAuthor', actorId: editor.id } })).toBe(1);

    await actAs(author);
    const notes = await reviewNotesFor(author, id);
    expect(notes).toEqual([expect.objectContaining({ note: 'Bổ sung số liệu quý III.\nSửa tiêu đề.', editorName: 'Biên tập Hoa' })]);
    const dashboard = await recentReviewNotesForAuthor(author.id, 5);
    expect(dashboard[0]).toMatchObject({ articleId: id, note: 'Bổ sung số liệu quý III.\nSửa tiêu đề.' });

    // a second round keeps the history, newest first
    await saveArticleAction(null, { ...(await current(id)), id, version: (await current(id)).version, intent: 'submit' } as never);
    await actAs(editor);
    await returnToAuthorAction({ id, note: 'Lần hai: thêm ảnh.' });
    expect((await reviewNotesFor(author, id)).map((note) => note.note)).toEqual(['Lần hai: thêm ảnh.', 'Bổ sung số liệu quý III.\nSửa tiêu đề.']);
  });

  it('requires a note, and the plain "back to draft" no longer bypasses it; nothing changes', async () => {
    const { id } = await submitted();
    await signedInAs('EDITOR');
    expect(await returnToAuthorAction({ id, note: '   ' })).toMatchObject({ ok: false, message: 'Nhập ghi chú cho tác giả: cần sửa gì, vì sao.' });
    expect(await returnToAuthorAction({ id })).toMatchObject({ ok: false, message: 'Nhập ghi chú cho tác giả.' });
    expect((await changeArticleStatusAction({ id, to: 'DRAFT' })).ok).toBe(false);
    expect(await prisma.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'PENDING_REVIEW' });
    expect(await prisma.articleReviewNote.count({ where: { articleId: id } })).toBe(0);
  });

  it('refuses authors, and articles that are not under review', async () => {
    const { id } = await submitted();
    await expectForbidden(returnToAuthorAction({ id, note: 'Tự trả lại' }));
    await signedInAs('EDITOR');
    await returnToAuthorAction({ id, note: 'Một lần' });
    expect(await returnToAuthorAction({ id, note: 'Hai lần' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('không còn ở trạng thái chờ duyệt'),
    });
    expect(await prisma.articleReviewNote.count({ where: { articleId: id } })).toBe(1);
  });

  it('an author cannot read the notes of another author\u2019s article (IDOR)', async () => {
    const { id } = await submitted();
    await signedInAs('EDITOR');
    await returnToAuthorAction({ id, note: 'Riêng tư' });
    const other = await signedInAs('AUTHOR');
    expect(await reviewNotesFor(other, id)).toEqual([]);
    expect(await recentReviewNotesForAuthor(other.id, 5)).toEqual([]);
  });
});

async function current(id: string) {
  const row = await prisma.article.findUniqueOrThrow({ where: { id } });
  return { title: row.title, slug: row.slug, summary: row.summary, categoryId: '', coverMediaId: '', byline: '', body: row.body, version: row.version };
}
