import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { jpegPhoto, PHP_AS_JPG, SVG_WITH_SCRIPT, noisePng } from '@/test/fixtures/media-files';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { invalidatedTags } from '@/test/next-cache-stub';
import { withTemporaryUploadDir } from '@/test/upload-dir';
import { deleteMediaAction, listMediaForPicker, updateMediaAltTextAction, uploadImage } from './media';

const uploadDir = withTemporaryUploadDir('media-actions');

beforeEach(() => {
  invalidatedTags.length = 0;
});

async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(uploadDir(), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(uploadDir(), path.join(entry.parentPath, entry.name)));
}

function fileForm(data: Buffer, name: string, alt?: string): FormData {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(data)], name, { type: 'image/jpeg' }));
  if (alt !== undefined) form.set('alt', alt);
  return form;
}

/** What the caller can act on: the outcome, its message and any uploaded file. */
function answer(result: { ok: boolean; message: string; data?: unknown }) {
  return { ok: result.ok, message: result.message, data: result.data };
}

async function upload(name = 'anh.png', alt?: string) {
  const result = await uploadImage(fileForm(await noisePng(300, 200), name, alt));
  if (!result.ok || !result.data) throw new Error(result.message);
  return result.data;
}

describe('uploadImage', () => {
  it('lets every staff role upload; records the row, the uploader and an audit entry', async () => {
    for (const role of ['AUTHOR', 'EDITOR', 'ADMIN'] as const) {
      const user = await signedInAs(role);
      const result = await uploadImage(fileForm(await jpegPhoto(700, 400), `${role}.jpg`, 'Toàn cảnh cụm công nghiệp'));
      expect(result.ok).toBe(true);
      if (!result.ok || !result.data) continue;
      expect(result.data).toMatchObject({ alt: 'Toàn cảnh cụm công nghiệp', width: 700, height: 400, mimeType: 'image/jpeg' });
      expect(result.data.url).toMatch(/^\/media\/images\/\d{4}\/\d{2}\/[0-9a-f-]{36}-700\.jpg$/);
      const row = await prisma.media.findUniqueOrThrow({ where: { id: result.data.id } });
      expect(row.uploaderId).toBe(user.id);
      expect(await prisma.auditLog.count({ where: { action: 'media.upload', entityId: row.id, actorId: user.id } })).toBe(1);
    }
  });

  it('refuses anonymous callers and writes nothing', async () => {
    await actAs(null);
    const before = await prisma.media.count();
    const filesBefore = await filesOnDisk();
    await expectUnauthorized(uploadImage(fileForm(await jpegPhoto(100, 100), 'x.jpg')));
    expect(await prisma.media.count()).toBe(before);
    expect(await filesOnDisk()).toEqual(filesBefore);
  });

  it('answers hostile files with a Vietnamese message and stores nothing', async () => {
    await signedInAs('AUTHOR');
    const before = await prisma.media.count();
    const filesBefore = await filesOnDisk();
    expect(answer(await uploadImage(fileForm(PHP_AS_JPG, 'shell.php.jpg')))).toEqual({
      ok: false,
      message: expect.stringMatching(/không được hỗ trợ/),
      data: undefined,
    });
    expect(answer(await uploadImage(fileForm(SVG_WITH_SCRIPT, 'logo.svg')))).toEqual({ ok: false, message: expect.stringMatching(/SVG/), data: undefined });
    expect(answer(await uploadImage(fileForm(Buffer.alloc(0), 'rong.jpg')))).toEqual({
      ok: false,
      message: expect.stringMatching(/Tệp rỗng/),
      data: undefined,
    });
    expect(answer(await uploadImage(new FormData()))).toEqual({ ok: false, message: 'Chưa chọn tệp để tải lên.', data: undefined });
    expect(await prisma.media.count()).toBe(before);
    expect(await filesOnDisk()).toEqual(filesBefore);
  });
});

describe('listMediaForPicker', () => {
  it('searches by name and alt text for any staff member, never for anonymous', async () => {
    await signedInAs('EDITOR');
    const marker = `lich-hop-${Date.now()}`;
    const media = await upload(`${marker}.png`, 'Ảnh hội trường');
    await signedInAs('AUTHOR');
    const byName = await listMediaForPicker({ q: marker });
    expect(byName.data!.items.map((item) => item.id)).toEqual([media.id]);
    const byAlt = await listMediaForPicker({ q: 'HỘI TRƯỜNG', kinds: ['image'] });
    expect(byAlt.data!.items.map((item) => item.id)).toContain(media.id);
    expect((await listMediaForPicker({ q: marker, kinds: ['video'] })).data!.items).toEqual([]);
    await actAs(null);
    await expectUnauthorized(listMediaForPicker({}));
  });
});

describe('updateMediaAltTextAction', () => {
  it('editors update alt text (audited, tags invalidated); authors are refused and change nothing', async () => {
    await signedInAs('EDITOR');
    const media = await upload();
    const form = new FormData();
    form.set('id', media.id);
    form.set('altText', 'Lễ khởi công cụm công nghiệp Gia Vân');
    await signedInAs('AUTHOR');
    await expectForbidden(updateMediaAltTextAction({ ok: false }, form));
    expect((await prisma.media.findUniqueOrThrow({ where: { id: media.id } })).altText).toBe('');

    const editor = await signedInAs('EDITOR');
    const result = await updateMediaAltTextAction({ ok: false }, form);
    expect(result).toMatchObject({ ok: true, message: 'Đã lưu mô tả ảnh.' });
    expect((await prisma.media.findUniqueOrThrow({ where: { id: media.id } })).altText).toBe('Lễ khởi công cụm công nghiệp Gia Vân');
    expect(invalidatedTags).toEqual(expect.arrayContaining(['media', 'articles']));
    expect(await prisma.auditLog.count({ where: { action: 'media.update', entityId: media.id, actorId: editor.id } })).toBe(1);
  });

  it('returns Vietnamese field errors and keeps the typed value', async () => {
    await signedInAs('EDITOR');
    const media = await upload();
    const form = new FormData();
    form.set('id', media.id);
    form.set('altText', 'x'.repeat(301));
    const result = await updateMediaAltTextAction({ ok: false }, form);
    expect(result.ok).toBe(false);
    expect(result.errors?.altText?.[0]).toMatch(/tối đa 300 ký tự/);
    expect(result.values?.altText).toBe('x'.repeat(301));
  });
});

describe('deleteMediaAction', () => {
  const idForm = (id: string) => {
    const form = new FormData();
    form.set('id', id);
    return form;
  };

  it('deletes an unused file with all its variants; authors are refused', async () => {
    await signedInAs('AUTHOR');
    const media = await upload('xoa.png');
    const row = await prisma.media.findUniqueOrThrow({ where: { id: media.id } });
    const keys = [row.storageKey, ...(row.variants as { key: string }[]).map((variant) => variant.key)];
    expect((await filesOnDisk()).filter((file) => keys.includes(file))).toHaveLength(new Set(keys).size);

    await expectForbidden(deleteMediaAction({ ok: false }, idForm(media.id)));
    expect(await prisma.media.count({ where: { id: media.id } })).toBe(1);

    await signedInAs('EDITOR');
    expect(await deleteMediaAction({ ok: false }, idForm(media.id))).toMatchObject({ ok: true });
    expect(await prisma.media.count({ where: { id: media.id } })).toBe(0);
    expect((await filesOnDisk()).filter((file) => keys.includes(file))).toEqual([]);
    expect(await prisma.auditLog.count({ where: { action: 'media.delete', entityId: media.id } })).toBe(1);
  });

  it('refuses to delete a file in use (article cover, article body, video thumbnail, map document, page) and names where', async () => {
    const editor = await signedInAs('EDITOR');
    const cover = await upload('cover.png');
    const inBody = await upload('body.png');
    const thumb = await upload('thumb.png');
    const map = await upload('map.png');
    const inPage = await upload('page.png');
    const article = (src: string, mediaId: string | null) => ({
      type: 'doc',
      content: [{ type: 'image', attrs: { src, alt: 'a', caption: '', mediaId } }],
    });
    await prisma.article.create({
      data: { title: 'Tin có ảnh bìa', slug: `tin-bia-${Date.now()}`, body: { type: 'doc', content: [] }, authorId: editor.id, coverMediaId: cover.id },
    });
    // Referenced by URL only (a variant of it), no media id: still found.
    const bodyRow = await prisma.media.findUniqueOrThrow({ where: { id: inBody.id } });
    const variantKey = (bodyRow.variants as { key: string }[])[0]!.key;
    await prisma.article.create({
      data: {
        title: 'Tin có ảnh trong bài',
        slug: `tin-than-${Date.now()}`,
        body: article(`/media/${variantKey}`, null),
        authorId: editor.id,
        deletedAt: new Date(),
      },
    });
    await prisma.video.create({
      data: { title: 'Video có ảnh', slug: `video-${Date.now()}`, source: 'YOUTUBE', youtubeId: 'dQw4w9WgXcQ', thumbnailMediaId: thumb.id },
    });
    await prisma.mapDocument.create({ data: { title: 'Bản đồ quy hoạch', mediaId: map.id } });
    await prisma.page.create({ data: { title: 'Giới thiệu riêng', slug: `gt-${Date.now()}`, body: article(inPage.url, inPage.id) } });

    const expectations: [string, RegExp][] = [
      [cover.id, /ảnh đại diện của tin “Tin có ảnh bìa”/],
      [inBody.id, /nội dung tin “Tin có ảnh trong bài \(trong thùng rác\)”/],
      [thumb.id, /ảnh đại diện của video “Video có ảnh”/],
      [map.id, /bản đồ hành chính “Bản đồ quy hoạch”/],
      [inPage.id, /trang tĩnh “Giới thiệu riêng”/],
    ];
    const filesBefore = await filesOnDisk();
    for (const [id, where] of expectations) {
      const result = await deleteMediaAction({ ok: false }, idForm(id));
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/^Không thể xóa: tệp đang được dùng ở /);
      expect(result.message).toMatch(where);
      expect(await prisma.media.count({ where: { id } })).toBe(1);
    }
    expect(await filesOnDisk()).toEqual(filesBefore);
  });

  it('answers an unknown or malformed id without throwing', async () => {
    await signedInAs('ADMIN');
    expect(await deleteMediaAction({ ok: false }, idForm('00000000-0000-4000-8000-000000000000'))).toMatchObject({
      ok: false,
      message: 'Tệp không còn tồn tại.',
    });
    expect(await deleteMediaAction({ ok: false }, idForm('../../etc/passwd'))).toMatchObject({ ok: false, message: 'Tệp không hợp lệ.' });
  });
});
