import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { uploadMediaFor } from '@/lib/media/upload';
import { MINIMAL_PDF, noisePng } from '@/test/fixtures/media-files';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData as form } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { withTemporaryUploadDir } from '@/test/upload-dir';
import { deleteMediaAction } from './media';
import { deleteMapDocumentAction, reorderMapDocumentsAction, saveMapDocumentAction, setMapDocumentPublishedAction } from './map-documents';

withTemporaryUploadDir('map-actions');
beforeEach(() => {
  invalidatedTags.length = 0;
});

const INITIAL = { ok: false };

describe('map documents', () => {
  it('an editor creates a document with a PDF and one with an image; both audited; the public tag is invalidated', async () => {
    const editor = await signedInAs('EDITOR');
    const pdf = await uploadMediaFor(editor, { body: MINIMAL_PDF, originalName: 'quy-hoach.pdf', accept: ['image', 'pdf'] });
    expect(pdf.mimeType).toBe('application/pdf');
    const image = await uploadMediaFor(editor, { body: await noisePng(400, 300), originalName: 'ban-do.png', accept: ['image', 'pdf'] });

    const withPdf = await saveMapDocumentAction(
      INITIAL,
      form({ title: 'Quy hoạch CCN Gia Sinh', description: 'Bản PDF', mediaId: pdf.id, sortOrder: '3', published: 'on' }),
    );
    expect(withPdf).toMatchObject({ ok: true, message: 'Đã thêm bản đồ.' });
    expect(await prisma.mapDocument.findUniqueOrThrow({ where: { id: withPdf.data!.id } })).toMatchObject({ mediaId: pdf.id, sortOrder: 3, published: true });
    const withImage = await saveMapDocumentAction(INITIAL, form({ title: 'Bản đồ hành chính tỉnh', mediaId: image.id }));
    expect(withImage.ok).toBe(true);
    expect(invalidatedTags).toContain('map-documents');
    expect(await prisma.auditLog.count({ where: { action: 'map.create', actorId: editor.id } })).toBe(2);

    // The file is now in use and can't be deleted from the library.
    const deletion = await deleteMediaAction(INITIAL, form({ id: pdf.id }));
    expect(deletion.ok).toBe(false);
    expect(deletion.message).toMatch(/bản đồ hành chính “Quy hoạch CCN Gia Sinh”/);
  });

  it('validates in Vietnamese and keeps the typed values', async () => {
    await signedInAs('EDITOR');
    const typed = { title: '   ', description: 'Giữ lại', mediaId: '', sortOrder: '-4' };
    const result = await saveMapDocumentAction(INITIAL, form(typed));
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject({
      title: ['Vui lòng nhập tiêu đề.'],
      mediaId: ['Vui lòng tải lên hoặc chọn ảnh hay tệp PDF của bản đồ.'],
      sortOrder: ['Thứ tự từ 0 đến 9999.'],
    });
    expect(result.values).toMatchObject(typed);
    const video = await prisma.media.create({
      data: { storageKey: `videos/2026/11/${crypto.randomUUID()}.mp4`, originalName: 'v.mp4', mimeType: 'video/mp4', byteSize: 1n },
    });
    const wrongType = await saveMapDocumentAction(INITIAL, form({ title: 'Sai loại', mediaId: video.id }));
    expect(wrongType.errors?.mediaId).toEqual(['Tệp bản đồ phải là một ảnh hoặc một tài liệu PDF trong thư viện.']);
  });

  it('authors and anonymous callers change nothing', async () => {
    const editor = await signedInAs('EDITOR');
    const image = await uploadMediaFor(editor, { body: await noisePng(50, 50), originalName: 'b.png', accept: ['image'] });
    const created = await saveMapDocumentAction(INITIAL, form({ title: 'Bản đồ gốc', mediaId: image.id }));
    const id = created.data!.id;
    const before = await prisma.mapDocument.findMany({ orderBy: { id: 'asc' } });
    invalidatedTags.length = 0;
    await signedInAs('AUTHOR');
    await expectForbidden(saveMapDocumentAction(INITIAL, form({ title: 'Mới', mediaId: image.id })));
    await expectForbidden(saveMapDocumentAction(INITIAL, form({ id, title: 'Đổi tên', mediaId: image.id })));
    await expectForbidden(setMapDocumentPublishedAction(INITIAL, form({ id, published: 'true' })));
    await expectForbidden(deleteMapDocumentAction(INITIAL, form({ id })));
    await expectForbidden(reorderMapDocumentsAction([id]));
    await actAs(null);
    await expectUnauthorized(deleteMapDocumentAction(INITIAL, form({ id })));
    expect(await prisma.mapDocument.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it('editors publish, reorder and delete', async () => {
    const editor = await signedInAs('EDITOR');
    const image = await uploadMediaFor(editor, { body: await noisePng(50, 50), originalName: 'c.png', accept: ['image'] });
    const a = (await saveMapDocumentAction(INITIAL, form({ title: 'A', mediaId: image.id }))).data!.id;
    expect(await setMapDocumentPublishedAction(INITIAL, form({ id: a, published: 'true' }))).toMatchObject({ ok: true });
    expect((await prisma.mapDocument.findUniqueOrThrow({ where: { id: a } })).published).toBe(true);
    const ids = (await prisma.mapDocument.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true } })).map((row) => row.id).reverse();
    expect(await reorderMapDocumentsAction(ids)).toMatchObject({ ok: true });
    expect((await prisma.mapDocument.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true } })).map((row) => row.id)).toEqual(ids);
    expect(await deleteMapDocumentAction(INITIAL, form({ id: a }))).toMatchObject({ ok: true });
    expect(await prisma.mapDocument.count({ where: { id: a } })).toBe(0);
  });
});
