import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { resolvePublicPath } from '@/lib/data/public-routes';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData as form } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { listAlbumsForEditor } from './album-choices';
import { deletePhotoAlbumAction, savePhotoAlbumAction, setPhotoAlbumPublishedAction } from './photo-albums';

beforeEach(() => {
  invalidatedTags.length = 0;
});

const INITIAL = { ok: false };

async function image(name: string, mimeType = 'image/jpeg') {
  return prisma.media.create({
    data: { storageKey: `images/2026/12/${crypto.randomUUID()}.jpg`, originalName: name, mimeType, byteSize: 10n, width: 800, height: 600, altText: name },
    select: { id: true },
  });
}

function albumForm(fields: { title?: string; slug?: string; images?: unknown; coverMediaId?: string; published?: boolean; id?: string; description?: string }) {
  return form({
    title: fields.title ?? 'Lễ khởi công',
    slug: fields.slug ?? 'le-khoi-cong',
    description: fields.description ?? '',
    images: typeof fields.images === 'string' ? fields.images : JSON.stringify(fields.images ?? []),
    ...(fields.coverMediaId ? { coverMediaId: fields.coverMediaId } : {}),
    ...(fields.published ? { published: 'on' } : {}),
    ...(fields.id ? { id: fields.id } : {}),
  });
}

/** Everything an album write could touch, to prove a refused one changed nothing. */
async function albumState() {
  return {
    albums: await prisma.photoAlbum.findMany({ orderBy: { id: 'asc' } }),
    images: await prisma.photoAlbumImage.findMany({ orderBy: { id: 'asc' } }),
    history: await prisma.photoAlbumSlugHistory.findMany({ orderBy: { id: 'asc' } }),
  };
}

describe('savePhotoAlbumAction', () => {
  it('an editor creates an album with ordered images, captions, credits and a cover; the audit names the editor', async () => {
    const editor = await signedInAs('EDITOR');
    const [a, b, c] = [await image('a'), await image('b'), await image('c')];
    const result = await savePhotoAlbumAction(
      INITIAL,
      albumForm({
        title: 'Lễ khởi công CCN Đồng Hướng',
        slug: 'le-khoi-cong-dong-huong',
        images: [
          { mediaId: c.id, caption: 'Quang cảnh buổi lễ', credit: 'Nguyễn Văn An' },
          { mediaId: a.id, caption: 'Cắt băng', credit: '' },
          { mediaId: b.id, caption: '', credit: 'Trần Thị Bình' },
        ],
        coverMediaId: a.id,
        published: true,
      }),
    );
    expect(result).toMatchObject({ ok: true, message: 'Đã thêm album.' });
    const album = await prisma.photoAlbum.findUniqueOrThrow({
      where: { id: result.data!.id },
      include: { images: { orderBy: { position: 'asc' } } },
    });
    expect(album).toMatchObject({ slug: 'le-khoi-cong-dong-huong', published: true, coverMediaId: a.id });
    expect(album.publishedAt).toBeInstanceOf(Date);
    expect(album.images.map((row) => [row.mediaId, row.caption, row.credit, row.position])).toEqual([
      [c.id, 'Quang cảnh buổi lễ', 'Nguyễn Văn An', 0],
      [a.id, 'Cắt băng', '', 1],
      [b.id, '', 'Trần Thị Bình', 2],
    ]);
    expect(invalidatedTags).toContain('photo-albums');
    expect(await prisma.auditLog.count({ where: { action: 'photoAlbum.create', actorId: editor.id, entityId: album.id } })).toBe(1);
  });

  it('reorders, edits captions and renames: the old address answers 308 to the new one', async () => {
    await signedInAs('ADMIN');
    const [a, b] = [await image('a'), await image('b')];
    const created = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'album-cu', images: [{ mediaId: a.id }, { mediaId: b.id }], published: true }));
    const id = created.data!.id;
    const updated = await savePhotoAlbumAction(
      INITIAL,
      albumForm({ id, slug: 'album-moi', images: [{ mediaId: b.id, caption: 'Mới' }, { mediaId: a.id }], published: true }),
    );
    expect(updated).toMatchObject({ ok: true, message: 'Đã lưu album.' });
    const rows = await prisma.photoAlbumImage.findMany({ where: { albumId: id }, orderBy: { position: 'asc' } });
    expect(rows.map((row) => [row.mediaId, row.caption])).toEqual([
      [b.id, 'Mới'],
      [a.id, ''],
    ]);
    expect(await resolvePublicPath('/thu-vien-anh/album-moi')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/thu-vien-anh/album-cu')).toEqual({ kind: 'redirect', location: '/thu-vien-anh/album-moi' });
    expect(await resolvePublicPath('/thu-vien-anh/khong-co')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/thu-vien-anh/<script>')).toEqual({ kind: 'not-found' });
    // A new album may take the old slug: the live album wins over the redirect.
    const c = await image('c');
    expect(await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'album-cu', images: [{ mediaId: c.id }], published: true }))).toMatchObject({ ok: true });
    expect(await resolvePublicPath('/thu-vien-anh/album-cu')).toEqual({ kind: 'render' });
  });

  it('refuses authors and anonymous callers, changing nothing', async () => {
    const a = await image('a');
    const before = await albumState();
    await signedInAs('AUTHOR');
    await expectForbidden(savePhotoAlbumAction(INITIAL, albumForm({ images: [{ mediaId: a.id }] })));
    await actAs(null);
    await expectUnauthorized(savePhotoAlbumAction(INITIAL, albumForm({ images: [{ mediaId: a.id }] })));
    expect(await albumState()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it('bad input gets a clear Vietnamese message per field and changes nothing', async () => {
    await signedInAs('EDITOR');
    const a = await image('a');
    const pdf = await image('tai-lieu.pdf', 'application/pdf');
    await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'da-co', images: [{ mediaId: a.id }] }));
    const before = await albumState();
    invalidatedTags.length = 0;

    const empty = await savePhotoAlbumAction(INITIAL, albumForm({ title: '  ', slug: 'Có Dấu' }));
    expect(empty.ok).toBe(false);
    expect(empty.errors?.title).toEqual(['Tên album là bắt buộc.']);
    expect(empty.errors?.slug?.[0]).toMatch(/chữ thường không dấu/);

    const unknown = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'moi', images: [{ mediaId: crypto.randomUUID() }, { mediaId: a.id }] }));
    expect(unknown.errors?.images).toEqual(['1 ảnh không có trong thư viện media (hoặc không phải là ảnh). Hãy chọn lại ảnh.']);
    const notImage = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'moi', images: [{ mediaId: pdf.id }] }));
    expect(notImage.errors?.images?.[0]).toMatch(/không phải là ảnh/);
    const hostile = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'moi', images: [{ mediaId: '"><script>alert(1)</script>' }] }));
    expect(hostile.errors?.images).toEqual(['Có ảnh không thuộc thư viện media.']);
    const notJson = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'moi', images: '{not json' }));
    expect(notJson.errors?.images).toEqual(['Danh sách ảnh không hợp lệ.']);
    const twice = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'moi', images: [{ mediaId: a.id }, { mediaId: a.id }] }));
    expect(twice.errors?.images).toEqual(['Mỗi ảnh chỉ được có một lần trong album.']);
    const duplicate = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'da-co', images: [{ mediaId: a.id }] }));
    expect(duplicate.errors?.slug).toEqual(['Đường dẫn "da-co" đã được dùng cho album khác.']);
    expect(duplicate.values).toMatchObject({ slug: 'da-co', title: 'Lễ khởi công' });
    const foreignCover = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'moi', images: [{ mediaId: a.id }], coverMediaId: pdf.id }));
    expect(foreignCover.errors?.coverMediaId).toEqual(['Ảnh bìa phải là một ảnh của album.']);
    const emptyPublished = await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'moi', published: true }));
    expect(emptyPublished.errors?.images).toEqual(['Album cần ít nhất một ảnh trước khi xuất bản.']);
    const gone = await savePhotoAlbumAction(INITIAL, albumForm({ id: crypto.randomUUID(), slug: 'moi', images: [{ mediaId: a.id }] }));
    expect(gone).toMatchObject({ ok: false, message: 'Album không còn tồn tại.' });

    expect(await albumState()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });
});

describe('publishing and deleting', () => {
  it('publish/unpublish keep the first publication date; an album without images cannot be published', async () => {
    const editor = await signedInAs('EDITOR');
    const a = await image('a');
    const withImage = (await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'co-anh', images: [{ mediaId: a.id }] }))).data!.id;
    const emptyAlbum = (await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'trong' }))).data!.id;
    expect(await setPhotoAlbumPublishedAction(INITIAL, form({ id: withImage, published: 'true' }))).toMatchObject({ ok: true, message: 'Đã xuất bản album.' });
    const first = (await prisma.photoAlbum.findUniqueOrThrow({ where: { id: withImage } })).publishedAt;
    expect(first).toBeInstanceOf(Date);
    expect(await setPhotoAlbumPublishedAction(INITIAL, form({ id: withImage, published: 'false' }))).toMatchObject({ ok: true, message: 'Đã ẩn album.' });
    expect(await setPhotoAlbumPublishedAction(INITIAL, form({ id: withImage, published: 'true' }))).toMatchObject({ ok: true });
    expect((await prisma.photoAlbum.findUniqueOrThrow({ where: { id: withImage } })).publishedAt).toEqual(first);
    expect(
      await prisma.auditLog.count({ where: { entityId: withImage, actorId: editor.id, action: { in: ['photoAlbum.publish', 'photoAlbum.unpublish'] } } }),
    ).toBe(3);

    invalidatedTags.length = 0;
    expect(await setPhotoAlbumPublishedAction(INITIAL, form({ id: emptyAlbum, published: 'true' }))).toMatchObject({
      ok: false,
      message: 'Album chưa có ảnh nào: hãy thêm ảnh trước khi xuất bản.',
    });
    expect((await prisma.photoAlbum.findUniqueOrThrow({ where: { id: emptyAlbum } })).published).toBe(false);
    expect(await setPhotoAlbumPublishedAction(INITIAL, form({ id: 'khong-phai-uuid', published: 'true' }))).toMatchObject({
      ok: false,
      message: 'Album không còn tồn tại.',
    });
    expect(invalidatedTags).toEqual([]);
  });

  it('delete removes the album and its list, keeps the library images, and is refused to authors', async () => {
    await signedInAs('EDITOR');
    const a = await image('a');
    const id = (await savePhotoAlbumAction(INITIAL, albumForm({ slug: 'xoa', images: [{ mediaId: a.id }] }))).data!.id;
    await signedInAs('AUTHOR');
    await expectForbidden(deletePhotoAlbumAction(INITIAL, form({ id })));
    expect(await prisma.photoAlbum.count({ where: { id } })).toBe(1);
    const admin = await signedInAs('ADMIN');
    expect(await deletePhotoAlbumAction(INITIAL, form({ id }))).toMatchObject({ ok: true, message: 'Đã xóa album.' });
    expect(await prisma.photoAlbum.count({ where: { id } })).toBe(0);
    expect(await prisma.photoAlbumImage.count({ where: { albumId: id } })).toBe(0);
    expect(await prisma.media.count({ where: { id: a.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: 'photoAlbum.delete', entityId: id, actorId: admin.id } })).toBe(1);
    expect(await deletePhotoAlbumAction(INITIAL, form({ id }))).toMatchObject({ ok: false, message: 'Album không còn tồn tại.' });
  });
});

describe('listAlbumsForEditor', () => {
  it('gives every staff member who writes articles the albums to place (authors too), nobody else', async () => {
    await signedInAs('EDITOR');
    const a = await image('a');
    await savePhotoAlbumAction(INITIAL, albumForm({ title: 'Album để chèn', slug: 'de-chen', images: [{ mediaId: a.id }], published: true }));
    await signedInAs('AUTHOR');
    const answer = await listAlbumsForEditor();
    expect(answer.ok).toBe(true);
    expect(answer.data).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Album để chèn', slug: 'de-chen', published: true })]));
    await actAs(null);
    await expectUnauthorized(listAlbumsForEditor());
  });
});
