import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { noisePng } from '@/test/fixtures/media-files';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData as form } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { withTemporaryUploadDir } from '@/test/upload-dir';
import { uploadImage } from './media';
import { deleteVideoAction, reorderVideosAction, saveVideoAction, setVideoPublishedAction } from './videos';

withTemporaryUploadDir('video-actions');
beforeEach(() => {
  invalidatedTags.length = 0;
});

const INITIAL = { ok: false };

async function createYouTube(title: string, url = 'https://youtu.be/dQw4w9WgXcQ?si=abc', published = false) {
  const result = await saveVideoAction(INITIAL, form({ title, source: 'YOUTUBE', youtubeUrl: url, ...(published ? { published: 'on' } : {}) }));
  expect(result).toMatchObject({ ok: true });
  return prisma.video.findUniqueOrThrow({ where: { id: result.data!.id } });
}

describe('saveVideoAction', () => {
  it('an editor adds a YouTube video: only the id is stored, the slug comes from the Vietnamese title and stays unique', async () => {
    const editor = await signedInAs('EDITOR');
    const first = await createYouTube('Lễ khởi công Cụm công nghiệp Đồng Hướng', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s', true);
    expect(first).toMatchObject({
      source: 'YOUTUBE',
      youtubeId: 'dQw4w9WgXcQ',
      slug: 'le-khoi-cong-cum-cong-nghiep-dong-huong',
      published: true,
      mediaId: null,
    });
    expect(first.publishedAt).toBeInstanceOf(Date);
    const second = await createYouTube('Lễ khởi công cụm công nghiệp Đồng Hướng', 'https://www.youtube.com/shorts/dQw4w9WgXcQ');
    expect(second.slug).toBe('le-khoi-cong-cum-cong-nghiep-dong-huong-2');
    expect(second.published).toBe(false);
    expect(invalidatedTags).toContain('videos');
    expect(await prisma.auditLog.count({ where: { action: 'video.create', actorId: editor.id } })).toBe(2);
  });

  it('refuses authors and anonymous callers, changing nothing', async () => {
    const before = await prisma.video.count();
    await signedInAs('AUTHOR');
    await expectForbidden(saveVideoAction(INITIAL, form({ title: 'X', source: 'YOUTUBE', youtubeUrl: 'dQw4w9WgXcQ' })));
    await actAs(null);
    await expectUnauthorized(saveVideoAction(INITIAL, form({ title: 'X', source: 'YOUTUBE', youtubeUrl: 'dQw4w9WgXcQ' })));
    expect(await prisma.video.count()).toBe(before);
    expect(invalidatedTags).toEqual([]);
  });

  it('gives Vietnamese field errors and keeps what was typed', async () => {
    await signedInAs('EDITOR');
    const typed = { title: '', source: 'YOUTUBE', youtubeUrl: 'https://evil.example/watch?v=dQw4w9WgXcQ', description: 'Mô tả dài' };
    const result = await saveVideoAction(INITIAL, form(typed));
    expect(result.ok).toBe(false);
    expect(result.errors?.title).toEqual(['Vui lòng nhập tiêu đề.']);
    expect(result.errors?.youtubeUrl?.[0]).toMatch(/Địa chỉ YouTube không hợp lệ/);
    expect(result.values).toMatchObject(typed);
    const upload = await saveVideoAction(INITIAL, form({ title: 'Video tải lên', source: 'UPLOAD' }));
    expect(upload.errors?.mediaId).toEqual(['Vui lòng tải lên hoặc chọn một tệp video MP4.']);
  });

  it('an uploaded file must be an MP4 of the library and a thumbnail an image', async () => {
    await signedInAs('EDITOR');
    const fileForm = new FormData();
    fileForm.set('file', new File([new Uint8Array(await noisePng(80, 60))], 'thumb.png'));
    const thumb = await uploadImage(fileForm);
    if (!thumb.ok || !thumb.data) throw new Error(thumb.message);
    const wrongFile = await saveVideoAction(INITIAL, form({ title: 'Sai tệp', source: 'UPLOAD', mediaId: thumb.data.id }));
    expect(wrongFile.errors?.mediaId).toEqual(['Tệp video phải là một tệp MP4 trong thư viện.']);
    const mp4 = await prisma.media.create({
      data: { storageKey: `videos/2026/11/${crypto.randomUUID()}.mp4`, originalName: 'a.mp4', mimeType: 'video/mp4', byteSize: 10n },
    });
    const wrongThumb = await saveVideoAction(INITIAL, form({ title: 'Sai ảnh', source: 'UPLOAD', mediaId: mp4.id, thumbnailMediaId: mp4.id }));
    expect(wrongThumb.errors?.thumbnailMediaId).toEqual(['Ảnh đại diện phải là một ảnh trong thư viện.']);
    const ok = await saveVideoAction(
      INITIAL,
      form({ title: 'Video MP4', source: 'UPLOAD', mediaId: mp4.id, thumbnailMediaId: thumb.data.id, youtubeUrl: 'dQw4w9WgXcQ' }),
    );
    expect(ok.ok).toBe(true);
    expect(await prisma.video.findUniqueOrThrow({ where: { id: ok.data!.id } })).toMatchObject({
      source: 'UPLOAD',
      mediaId: mp4.id,
      youtubeId: null,
      thumbnailMediaId: thumb.data.id,
    });
  });

  it('edits keep the slug; publishing sets publishedAt once', async () => {
    await signedInAs('EDITOR');
    const video = await createYouTube('Hội nghị xúc tiến đầu tư');
    const result = await saveVideoAction(
      INITIAL,
      form({
        id: video.id,
        title: 'Hội nghị xúc tiến đầu tư 2026',
        source: 'YOUTUBE',
        youtubeUrl: 'https://www.youtube.com/embed/aaaaaaaaaaa',
        published: 'on',
      }),
    );
    expect(result.ok).toBe(true);
    const after = await prisma.video.findUniqueOrThrow({ where: { id: video.id } });
    expect(after).toMatchObject({ title: 'Hội nghị xúc tiến đầu tư 2026', slug: video.slug, youtubeId: 'aaaaaaaaaaa', published: true });
    expect(await prisma.auditLog.count({ where: { action: 'video.publish', entityId: video.id } })).toBe(1);
  });
});

describe('publish, delete and reorder', () => {
  it('editors toggle publishing and delete; authors cannot', async () => {
    await signedInAs('EDITOR');
    const video = await createYouTube('Video để xóa');
    await signedInAs('AUTHOR');
    await expectForbidden(setVideoPublishedAction(INITIAL, form({ id: video.id, published: 'true' })));
    await expectForbidden(deleteVideoAction(INITIAL, form({ id: video.id })));
    expect(await prisma.video.findUniqueOrThrow({ where: { id: video.id } })).toMatchObject({ published: false });

    await signedInAs('EDITOR');
    expect(await setVideoPublishedAction(INITIAL, form({ id: video.id, published: 'true' }))).toMatchObject({ ok: true });
    expect((await prisma.video.findUniqueOrThrow({ where: { id: video.id } })).published).toBe(true);
    expect(await deleteVideoAction(INITIAL, form({ id: video.id }))).toMatchObject({ ok: true, message: 'Đã xóa video.' });
    expect(await prisma.video.count({ where: { id: video.id } })).toBe(0);
    expect(invalidatedTags).toContain('videos');
  });

  it('reorders when given every video once; refuses partial lists and authors', async () => {
    await signedInAs('EDITOR');
    await createYouTube('Thứ tự A');
    await createYouTube('Thứ tự B');
    const ids = (await prisma.video.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true } })).map((row) => row.id);
    const reversed = [...ids].reverse();
    await signedInAs('AUTHOR');
    await expectForbidden(reorderVideosAction(reversed));
    await signedInAs('EDITOR');
    expect(await reorderVideosAction(reversed.slice(1))).toMatchObject({ ok: false });
    expect(await reorderVideosAction(['not-an-id'])).toMatchObject({ ok: false });
    expect(await reorderVideosAction(reversed)).toMatchObject({ ok: true });
    expect((await prisma.video.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true } })).map((row) => row.id)).toEqual(reversed);
  });
});
