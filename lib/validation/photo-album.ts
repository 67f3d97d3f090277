import { z } from 'zod';
import { slugSchema } from './article';
import { optionalText, requiredText } from './common';

// The photo album form (issue 18 part 8). The ordered images travel as one JSON field
// (`images`: [{ mediaId, caption, credit }]) so the browser check and the server read the same
// value; the server also checks that each id is an image of the media library.

export const ALBUM_MAX_IMAGES = 200;

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

const albumImageSchema = z.object({
  mediaId: z.uuid('Có ảnh không thuộc thư viện media.'),
  caption: optionalText('Chú thích ảnh', 500),
  credit: optionalText('Tác giả ảnh', 200),
});

function parseJsonList(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export const photoAlbumInputSchema = z
  .object({
    title: requiredText('Tên album', 200),
    slug: slugSchema,
    description: optionalText('Mô tả', 2000),
    images: z.preprocess(
      parseJsonList,
      z
        .array(albumImageSchema, 'Danh sách ảnh không hợp lệ.')
        .max(ALBUM_MAX_IMAGES, `Một album có tối đa ${ALBUM_MAX_IMAGES} ảnh.`)
        .refine((images) => new Set(images.map((image) => image.mediaId)).size === images.length, 'Mỗi ảnh chỉ được có một lần trong album.'),
    ),
    coverMediaId: z.preprocess((value) => (value === '' || value == null ? null : value), z.uuid('Ảnh bìa không hợp lệ.').nullable()).default(null),
    published: checkbox.default(false),
  })
  .superRefine((value, context) => {
    if (value.coverMediaId && !value.images.some((image) => image.mediaId === value.coverMediaId))
      context.addIssue({ code: 'custom', path: ['coverMediaId'], message: 'Ảnh bìa phải là một ảnh của album.' });
    if (value.published && value.images.length === 0)
      context.addIssue({ code: 'custom', path: ['images'], message: 'Album cần ít nhất một ảnh trước khi xuất bản.' });
  });

export type PhotoAlbumInput = z.output<typeof photoAlbumInputSchema>;
