'use server';

import { z } from 'zod';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteMediaIfUnused, listMedia, updateMediaAltText, type MediaItem } from '@/lib/data/staff/media';
import { deleteStoredFiles, MediaRejectedError } from '@/lib/media/ingest';
import type { PickedMedia } from '@/lib/media/types';
import { uploadMediaFor } from '@/lib/media/upload';
import { mediaAltTextSchema, mediaIdSchema, mediaListQuerySchema } from '@/lib/validation/media';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

function toPicked(item: MediaItem): PickedMedia {
  return { id: item.id, url: item.url, alt: item.altText, width: item.width, height: item.height, mimeType: item.mimeType };
}

const NO_FILE = 'Chưa chọn tệp để tải lên.';
const uploadImageSchema = z.object({
  file: z.instanceof(File, { error: NO_FILE }),
  alt: z.preprocess((value) => value ?? '', mediaAltTextSchema.shape.altText),
});

/**
 * Uploads one image (form field `file`, optional `alt`) into the library; for the editor's
 * paste/drop and the MediaPicker. Large files (video, PDF) go through POST /api/media/upload.
 */
export const uploadImage = defineAction(
  {
    permission: 'media.upload',
    schema: uploadImageSchema,
    invalidMessage: (errors) => errors.file?.[0] ?? errors.alt?.[0] ?? 'Mô tả ảnh không hợp lệ.',
    invalidates: [cacheTags.media],
  },
  async ({ file, alt }, { user }) => {
    try {
      const body = file.stream() as unknown as AsyncIterable<Uint8Array>;
      const item = await uploadMediaFor(user, { body, originalName: file.name, declaredSize: file.size, accept: ['image'] }, alt);
      return success<PickedMedia>('Đã tải ảnh lên.', toPicked(item));
    } catch (error) {
      if (error instanceof MediaRejectedError) return failure<PickedMedia>(error.message);
      throw error;
    }
  },
);

/** One page of the library for the MediaPicker (any staff member may pick). */
export const listMediaForPicker = defineAction({ permission: 'media.upload', schema: mediaListQuerySchema.catch({}) }, async (query) =>
  success('', await listMedia({ ...query, pageSize: 18 })),
);

export const updateMediaAltTextAction = defineAction(
  // The alt text shows wherever the image is drawn (covers, thumbnails).
  { permission: 'media.manage', schema: mediaAltTextSchema, invalidates: [cacheTags.media, cacheTags.articles, cacheTags.videos, cacheTags.maps] },
  async ({ id, altText }, { user }) => {
    const item = await updateMediaAltText(id, altText, user);
    if (!item) return failure<{ altText: string }>('Tệp không còn tồn tại.');
    return success('Đã lưu mô tả ảnh.', { altText: item.altText });
  },
);

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
  official: 'ảnh của cán bộ, lãnh đạo',
  photoAlbum: 'album ảnh',
} as const;

export const deleteMediaAction = defineAction(
  { permission: 'media.manage', schema: z.object({ id: mediaIdSchema }), invalidMessage: 'Tệp không hợp lệ.', invalidates: [cacheTags.media] },
  async ({ id }, { user }) => {
    const result = await deleteMediaIfUnused(id, user);
    if (!result.ok && result.reason === 'notFound') return failure('Tệp không còn tồn tại.');
    if (!result.ok && result.reason === 'inUse') {
      const where = result.usage.map((use) => `${USAGE_LABELS[use.kind]} “${use.title}”`).join('; ');
      return failure(`Không thể xóa: tệp đang được dùng ở ${where}. Hãy gỡ tệp khỏi những nơi này trước.`);
    }
    if (result.ok) await deleteStoredFiles(result.storageKeys);
    return success('Đã xóa tệp.');
  },
);
