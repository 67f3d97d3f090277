'use server';

import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { requirePermission } from '@/lib/auth/current-user';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteMediaIfUnused, listMedia, updateMediaAltText, type MediaItem, type MediaPage } from '@/lib/data/staff/media';
import { deleteStoredFiles, MediaRejectedError } from '@/lib/media/ingest';
import type { PickedMedia } from '@/lib/media/types';
import { uploadMediaFor } from '@/lib/media/upload';
import { mediaAltTextSchema, mediaIdSchema, mediaListQuerySchema, type FormState } from '@/lib/validation/media';
import { fieldErrors, formValues } from './form-values';
import { asForm } from './form-input';

export type UploadImageResult = { ok: true; media: PickedMedia } | { ok: false; error: string };

function toPicked(item: MediaItem): PickedMedia {
  return { id: item.id, url: item.url, alt: item.altText, width: item.width, height: item.height, mimeType: item.mimeType };
}

/**
 * Uploads one image (form field `file`, optional `alt`) into the library; for the editor's
 * paste/drop and the MediaPicker. Large files (video, PDF) go through POST /api/media/upload.
 */
export async function uploadImage(submitted: FormData): Promise<UploadImageResult> {
  const formData = asForm(submitted);
  const user = await requirePermission('media.upload');
  const file = formData.get('file');
  if (!(file instanceof File)) return { ok: false, error: 'Chưa chọn tệp để tải lên.' };
  const alt = mediaAltTextSchema.shape.altText.safeParse(formData.get('alt') ?? '');
  if (!alt.success) return { ok: false, error: alt.error.issues[0]?.message ?? 'Mô tả ảnh không hợp lệ.' };
  try {
    const item = await uploadMediaFor(
      user,
      { body: file.stream() as unknown as AsyncIterable<Uint8Array>, originalName: file.name, declaredSize: file.size, accept: ['image'] },
      alt.data,
    );
    invalidatePublicContent([cacheTags.media]);
    return { ok: true, media: toPicked(item) };
  } catch (error) {
    if (error instanceof MediaRejectedError) return { ok: false, error: error.message };
    throw error;
  }
}

/** One page of the library for the MediaPicker (any staff member may pick). */
export async function listMediaForPicker(query: unknown): Promise<MediaPage> {
  await requirePermission('media.upload');
  const parsed = mediaListQuerySchema.safeParse(query ?? {});
  return listMedia({ ...(parsed.success ? parsed.data : {}), pageSize: 18 });
}

export async function updateMediaAltTextAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('media.manage');
  const values = formValues(formData, ['id', 'altText']);
  const parsed = mediaAltTextSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const item = await updateMediaAltText(parsed.data.id, parsed.data.altText, user);
  if (!item) return { ok: false, message: 'Tệp không còn tồn tại.', values, at: Date.now() };
  // The alt text shows wherever the image is drawn (covers, thumbnails).
  invalidatePublicContent([cacheTags.media, cacheTags.articles, cacheTags.videos, cacheTags.maps]);
  return { ok: true, message: 'Đã lưu mô tả ảnh.', values: { id: item.id, altText: item.altText }, at: Date.now() };
}

const USAGE_LABELS = {
  articleCover: 'ảnh đại diện của tin',
  articleBody: 'nội dung tin',
  page: 'trang tĩnh',
  videoFile: 'tệp của video',
  videoThumbnail: 'ảnh đại diện của video',
  mapDocument: 'bản đồ hành chính',
  legalDocument: 'văn bản pháp quy',
  cluster: 'cụm công nghiệp',
  project: 'kế hoạch, dự án',
  procedure: 'thủ tục hành chính',
  disclosure: 'công khai thông tin',
} as const;

export async function deleteMediaAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('media.manage');
  const parsed = mediaIdSchema.safeParse(formData.get('id'));
  if (!parsed.success) return { ok: false, message: 'Tệp không hợp lệ.', at: Date.now() };
  const result = await deleteMediaIfUnused(parsed.data, user);
  if (!result.ok && result.reason === 'notFound') return { ok: false, message: 'Tệp không còn tồn tại.', at: Date.now() };
  if (!result.ok && result.reason === 'inUse') {
    const where = result.usage.map((use) => `${USAGE_LABELS[use.kind]} “${use.title}”`).join('; ');
    return { ok: false, message: `Không thể xóa: tệp đang được dùng ở ${where}. Hãy gỡ tệp khỏi những nơi này trước.`, at: Date.now() };
  }
  if (result.ok) await deleteStoredFiles(result.storageKeys);
  invalidatePublicContent([cacheTags.media]);
  return { ok: true, message: 'Đã xóa tệp.', at: Date.now() };
}
