import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { expectForbidden, signedInAs } from '@/test/act-as';
import { invalidatedTags } from '@/test/next-cache-stub';
import { getPageRevision, listPageRevisions } from '@/lib/data/staff/pages';
import { autosavePageAction, discardPendingPageAction, publishPendingPageAction, savePageAction } from './pages';

// Issue 18 part 1 for static pages: pending changes on a public page, and page revisions.

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
let n = 0;
async function publicPage() {
  await signedInAs('ADMIN');
  n += 1;
  const fields = { title: `Giới thiệu ${n}`, slug: `gioi-thieu-thu-${n}-${Date.now()}`, published: true, sortOrder: 0, body: doc('Bản đang hiển thị') };
  const created = await savePageAction(fields);
  expect(created.ok, created.message).toBe(true);
  return { id: created.data!.id!, version: created.data!.version!, fields };
}

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('pending changes on a public static page', () => {
  it('a save waits; readers keep the page; "Cập nhật trang" publishes it and invalidates', async () => {
    const { id, version, fields } = await publicPage();
    invalidatedTags.length = 0;
    const saved = await savePageAction({ ...fields, id, version, title: 'Giới thiệu mới', body: doc('Bản sửa') });
    expect(saved, saved.message).toMatchObject({ ok: true, data: { pending: true, version: version + 1 } });
    expect(invalidatedTags).toEqual([]);
    let row = await prisma.page.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: fields.title, bodyText: 'Bản đang hiển thị' });
    expect(row.pendingContent).toMatchObject({ title: 'Giới thiệu mới' });

    const published = await publishPendingPageAction({ id, version: version + 1 });
    expect(published, published.message).toMatchObject({ ok: true, data: { version: version + 2 } });
    row = await prisma.page.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: 'Giới thiệu mới', bodyText: 'Bản sửa', pendingContent: null });
    expect(invalidatedTags).toEqual(expect.arrayContaining(['pages', `page:${fields.slug}`]));
  });

  it('"Cập nhật trang" from the form (intent publish) goes live; unpublishing goes live too', async () => {
    const { id, version, fields } = await publicPage();
    const live = await savePageAction({ ...fields, id, version, title: 'Ngay', intent: 'publish' });
    expect(live).toMatchObject({ ok: true, data: { pending: false } });
    expect(await prisma.page.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: 'Ngay' });
    const hidden = await savePageAction({ ...fields, id, version: version + 1, published: false });
    expect(hidden.data?.pending).toBe(false);
    expect(await prisma.page.findUniqueOrThrow({ where: { id } })).toMatchObject({ published: false });
  });

  it('discard, conflicts on the pending version, and non-admins', async () => {
    const { id, version, fields } = await publicPage();
    await savePageAction({ ...fields, id, version, title: 'Một' });
    const stale = await savePageAction({ ...fields, id, version, title: 'Hai' });
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining('người khác đã lưu') });
    expect(await discardPendingPageAction({ id, version })).toMatchObject({ ok: false, message: expect.stringContaining('tải lại') });
    await signedInAs('EDITOR');
    await expectForbidden(discardPendingPageAction({ id, version: version + 1 }));
    await expectForbidden(publishPendingPageAction({ id, version: version + 1 }));
    await signedInAs('ADMIN');
    expect(await publishPendingPageAction({ id: 'x', version: 1 })).toMatchObject({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    const dropped = await discardPendingPageAction({ id, version: version + 1 });
    expect(dropped, dropped.message).toMatchObject({ ok: true });
    expect(await prisma.page.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: fields.title, pendingContent: null });
    expect(await discardPendingPageAction({ id, version: version + 2 })).toMatchObject({ ok: false, message: 'Trang không có thay đổi nào chờ xuất bản.' });
  });

  it('keeps a revision for every save, readable by id only under its page', async () => {
    const { id, version, fields } = await publicPage();
    await savePageAction({ ...fields, id, version, title: 'Bản hai' });
    const revisions = await listPageRevisions(id);
    expect(revisions.map((revision) => [revision.kind, revision.title])).toEqual([
      ['MANUAL', 'Bản hai'],
      ['PUBLISH', fields.title],
    ]);
    expect(revisions[0]!.note).toContain('chưa xuất bản');
    const other = await publicPage();
    expect(await getPageRevision(other.id, revisions[0]!.id)).toBeNull();
    expect(await getPageRevision(id, revisions[0]!.id)).toMatchObject({ title: 'Bản hai' });
  });
});

describe('autosavePageAction', () => {
  it('keeps the text as the editor\u2019s autosave without touching the page or its version', async () => {
    const { id, version, fields } = await publicPage();
    const { pendingPageAutosave } = await import('@/lib/data/staff/pages');
    const admin = await signedInAs('ADMIN');
    const result = await autosavePageAction({ id, version, title: 'Đang gõ', body: doc('Chưa xong') });
    expect(result, result.message).toMatchObject({ ok: true });
    expect(await prisma.page.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: fields.title, version, pendingContent: null });
    expect(await pendingPageAutosave(admin.id, id)).toMatchObject({ title: 'Đang gõ' });
    expect(await autosavePageAction({ id, version, title: 'x', body: { type: 'khong' } })).toMatchObject({
      ok: false,
      message: 'Chưa tự lưu được: nội dung không hợp lệ.',
    });
    await signedInAs('EDITOR');
    await expectForbidden(autosavePageAction({ id, version, title: 'x', body: doc('x') }));
  });
});
