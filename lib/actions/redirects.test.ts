import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actAs, expectForbidden, expectUnauthorized, formData } from '@/test/act-as';
import { withTemporaryUploadDir } from '@/test/upload-dir';
import { createRedirectAction, deleteRedirectAction } from './redirects';
import { importWordpressAction, undoImportAction } from './wordpress-import';

withTemporaryUploadDir('wp-actions');
const FIXTURE = path.resolve(import.meta.dirname, '../../test/fixtures/wordpress/ccn-cu.xml');

const snapshot = async () => ({
  redirects: await prisma.redirect.findMany({ orderBy: { fromPath: 'asc' } }),
  articles: await prisma.article.count(),
  pages: await prisma.page.count(),
  runs: await prisma.importRun.findMany({ orderBy: { createdAt: 'asc' } }),
});

function upload(content: string | Buffer, name: string): FormData {
  const data = new FormData();
  data.set('file', new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type: 'text/xml' }));
  return data;
}

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('redirect actions', () => {
  it('ADMIN adds a redirect in the table spelling, audits it, expires the table, and removes it', async () => {
    const admin = await actAs('ADMIN');
    const result = await createRedirectAction(null, formData({ fromPath: ' https://cu.example.vn/Gioi-Thieu/ ', toPath: '/lich-su-hinh-thanh' }));
    expect(result).toMatchObject({ ok: true, message: 'Đã thêm chuyển hướng /gioi-thieu → /lich-su-hinh-thanh.' });
    const row = await prisma.redirect.findUniqueOrThrow({ where: { fromPath: '/gioi-thieu' } });
    expect(row).toMatchObject({ toPath: '/lich-su-hinh-thanh', runId: null });
    expect(invalidatedTags).toContain('redirects');
    expect(await prisma.auditLog.count({ where: { action: 'redirect.create', entityId: row.id, actorId: admin?.id } })).toBe(1);

    const again = await createRedirectAction(null, formData({ fromPath: '/gioi-thieu', toPath: '/khac' }));
    expect(again.ok).toBe(false);
    expect(again.errors?.fromPath?.[0]).toContain('đã được chuyển hướng');

    expect((await deleteRedirectAction({ id: row.id })).ok).toBe(true);
    expect(await prisma.redirect.count({ where: { id: row.id } })).toBe(0);
    expect(await deleteRedirectAction({ id: row.id })).toMatchObject({ ok: false, message: 'Chuyển hướng không còn tồn tại.' });
  });

  it.each([
    [{ fromPath: '', toPath: '/a' }, 'fromPath', 'Hãy nhập địa chỉ cũ.'],
    [{ fromPath: 'gioi-thieu', toPath: '/a' }, 'fromPath', 'Địa chỉ cũ phải bắt đầu bằng “/” (ví dụ /2023/05/tin-cu hoặc /?p=123).'],
    [{ fromPath: '/', toPath: '/a' }, 'fromPath', 'Địa chỉ cũ phải bắt đầu bằng “/” (ví dụ /2023/05/tin-cu hoặc /?p=123).'],
    [{ fromPath: '/quan-tri/nguoi-dung', toPath: '/a' }, 'fromPath', 'Không thể chuyển hướng địa chỉ của trang quản trị hoặc hệ thống.'],
    [{ fromPath: '/cu', toPath: 'javascript:alert(1)' }, 'toPath', 'Địa chỉ mới phải bắt đầu bằng “/” hoặc http:// hoặc https://.'],
    [{ fromPath: '/cu', toPath: '//evil.example' }, 'toPath', 'Địa chỉ mới phải bắt đầu bằng “/” hoặc http:// hoặc https://.'],
    [{ fromPath: '/cu/', toPath: '/cu' }, 'toPath', 'Địa chỉ mới phải khác địa chỉ cũ.'],
  ])('refuses %j with a Vietnamese message and changes nothing', async (fields, field, message) => {
    await actAs('ADMIN');
    const before = await snapshot();
    const result = await createRedirectAction(null, formData(fields));
    expect(result.ok).toBe(false);
    expect(result.errors?.[field]).toEqual([message]);
    expect(await snapshot()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it.each(['EDITOR', 'AUTHOR'] as const)('%s is refused (403) and nothing changes', async (role) => {
    const row = await prisma.redirect.create({ data: { fromPath: `/cu-${role}`, toPath: '/moi' } });
    await actAs(role);
    const before = await snapshot();
    await expectForbidden(createRedirectAction(null, formData({ fromPath: '/x', toPath: '/y' })));
    await expectForbidden(deleteRedirectAction({ id: row.id }));
    await expectForbidden(importWordpressAction(null, upload('<rss/>', 'a.xml')));
    await expectForbidden(undoImportAction({ id: '00000000-0000-4000-8000-000000000000' }));
    expect(await snapshot()).toEqual(before);
  });

  it('anonymous callers get 401', async () => {
    await actAs(null);
    await expectUnauthorized(createRedirectAction(null, formData({ fromPath: '/x', toPath: '/y' })));
    await expectUnauthorized(importWordpressAction(null, upload('<rss/>', 'a.xml')));
  });
});

describe('WordPress import actions', () => {
  it.each([
    [() => formData({}), 'Hãy chọn tệp XML xuất từ WordPress.'],
    [() => upload('', 'trong.xml'), 'Tệp trống.'],
    [() => upload('<rss/>', 'anh.jpg'), 'Tệp phải có đuôi .xml (Công cụ → Xuất trong WordPress).'],
    [() => upload('<html>không phải</html>', 'sai.xml'), 'Không nhập được: Tệp không phải bản xuất WordPress (WXR): thiếu thẻ wp:wxr_version.'],
  ])('refuses bad uploads with a Vietnamese message and changes nothing (%#)', async (build, message) => {
    await actAs('ADMIN');
    const before = await snapshot();
    const result = await importWordpressAction(null, build());
    expect(result).toMatchObject({ ok: false, message });
    expect(await snapshot()).toEqual(before);
  });

  it('ADMIN imports an upload (images missing: not fatal, reported) and undoes it', async () => {
    await actAs('ADMIN');
    const result = await importWordpressAction(null, upload(await readFile(FIXTURE), 'ccn-cu.xml'));
    // The old host (.invalid) never answers: every image is reported missing, the posts still come in.
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Đã nhập 3 bài viết, 1 trang, 0 ảnh, \d+ chuyển hướng \(3 ảnh không lấy được\)\.$/),
    });
    expect(invalidatedTags).toEqual(expect.arrayContaining(['articles', 'pages', 'article-slug:le-khoi-cong-cum-cong-nghiep-gia-vien']));
    const runId = result.ok ? result.data?.runId : undefined;
    expect(runId).toBeTruthy();
    const undone = await undoImportAction({ id: runId });
    expect(undone).toMatchObject({ ok: true, message: 'Đã hoàn tác: gỡ 3 bài viết, 1 trang, 0 ảnh.' });
    expect(await prisma.article.count({ where: { slug: 'le-khoi-cong-cum-cong-nghiep-gia-vien' } })).toBe(0);
    expect(await undoImportAction({ id: runId })).toMatchObject({ ok: false, message: 'Lần nhập này đã được hoàn tác.' });
    expect(await undoImportAction({ id: 'khong-phai-uuid' })).toMatchObject({ ok: false, message: 'Lần nhập không còn tồn tại.' });
  });
});
