import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
vi.mock('next/headers', () => import('@/test/next-headers-stub'));
import {
  autosaveArticleAction,
  changeArticleStatusAction,
  discardAutosaveAction,
  restoreRevisionAction,
  saveArticleAction,
  trashArticlesAction,
} from '@/lib/actions/articles';
import { getArticleForEditing, listArticlesForStaff } from '@/lib/data/staff/articles';
import { articleListQuerySchema } from '@/lib/validation/article';
import { getRevision, listRevisions, pendingAutosave } from '@/lib/data/staff/article-revisions';
import { prisma } from '@/lib/db';
import { actAs, expectForbidden, formData, signedInAs, type TestUser } from '@/test/act-as';
import { snapshotDatabase } from '@/test/db-snapshot';

// IDOR (issue 5): an author can't read, edit, submit, autosave over, restore, discard or delete
// another author's article by putting its id (or its revision's id) in a request.

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
let victim: TestUser;
let attacker: TestUser;
let articleId: string;
let revisionId: string;

beforeAll(async () => {
  victim = await signedInAs('AUTHOR');
  const created = await saveArticleAction(null, {
    title: 'Bài của nạn nhân',
    slug: 'bai-cua-nan-nhan',
    summary: 'Bí mật',
    categoryId: '',
    coverMediaId: '',
    byline: '',
    body: doc('Nội dung riêng'),
    intent: 'save',
  } as never);
  expect(created.ok).toBe(true);
  articleId = created.data?.id as string;
  const res = await autosaveArticleAction({ id: articleId, version: 1, title: 'Bản tự lưu riêng', summary: '', body: doc('Tự lưu riêng') });
  expect(res.ok).toBe(true);
  revisionId = (await prisma.articleRevision.findFirstOrThrow({ where: { articleId } })).id;
  attacker = await signedInAs('AUTHOR');
});

describe("another author's article, reached by id", () => {
  it('cannot be read (editor, list, revisions, autosave)', async () => {
    await actAs(attacker);
    const actor = { id: attacker.id, role: attacker.role };
    expect(await getArticleForEditing(actor, articleId)).toBeNull();
    expect(await listRevisions(actor, articleId)).toBeNull();
    expect(await getRevision(actor, revisionId)).toBeNull();
    expect(await pendingAutosave(actor, articleId)).toBeNull();
    const list = await listArticlesForStaff(actor, articleListQuerySchema.parse({ tacGia: victim.id }));
    expect(list.rows.map((row) => row.id)).not.toContain(articleId);
  });

  it('cannot be edited, submitted, autosaved over, restored, discarded or trashed', async () => {
    await actAs(attacker);
    const before = await snapshotDatabase();
    const fields = { title: 'Chiếm quyền', slug: 'bai-cua-nan-nhan', summary: '', categoryId: '', coverMediaId: '', byline: '', body: doc('Đã bị sửa') };
    for (const intent of ['save', 'submit'] as const) {
      const state = await saveArticleAction(null, { ...fields, id: articleId, version: 1, intent } as never);
      expect(state.ok, intent).toBe(false);
    }
    const autosaved = await autosaveArticleAction({ id: articleId, version: 1, title: 'x', summary: '', body: doc('x') });
    expect(autosaved.ok).toBe(false);
    expect((await restoreRevisionAction(null, formData({ revisionId }))).ok).toBe(false);
    await discardAutosaveAction(articleId);
    await expectForbidden(trashArticlesAction(null, formData({ ids: articleId })));
    await expectForbidden(changeArticleStatusAction(null, formData({ id: articleId, to: 'DRAFT' })));
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('still works for its own author (the checks above are about ownership, not breakage)', async () => {
    await actAs(victim);
    expect(await getArticleForEditing({ id: victim.id, role: victim.role }, articleId)).not.toBeNull();
    const state = await saveArticleAction(null, {
      title: 'Bài của nạn nhân 2',
      slug: 'bai-cua-nan-nhan',
      summary: '',
      categoryId: '',
      coverMediaId: '',
      byline: '',
      body: doc('Sửa bởi chủ'),
      id: articleId,
      version: 1,
      intent: 'submit',
    } as never);
    expect(state).toMatchObject({ ok: true, data: { status: 'PENDING_REVIEW' } });
  });
});
