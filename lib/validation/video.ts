import { z } from 'zod';
import { parseYouTubeId } from '@/lib/media/youtube';
import { hasNoControlCharacters } from './common';

// The video form: a YouTube address in any common form (stored as the 11-character id) or an
// uploaded MP4 from the media library; optional uploaded thumbnail.

const optionalUuid = z.preprocess((value) => (value === '' || value == null ? null : value), z.uuid('Tệp không hợp lệ.').nullable());

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

export const videoInputSchema = z
  .object({
    title: z
      .string('Vui lòng nhập tiêu đề.')
      .trim()
      .min(1, 'Vui lòng nhập tiêu đề.')
      .max(200, 'Tiêu đề tối đa 200 ký tự.')
      .refine(hasNoControlCharacters, 'Tiêu đề chứa ký tự không hợp lệ.'),
    description: z.string().trim().max(2000, 'Mô tả tối đa 2000 ký tự.').refine(hasNoControlCharacters, 'Mô tả chứa ký tự không hợp lệ.').default(''),
    source: z.enum(['YOUTUBE', 'UPLOAD'], 'Chọn nguồn video: YouTube hoặc tệp MP4 tải lên.'),
    youtubeUrl: z.string().trim().max(500, 'Địa chỉ YouTube quá dài.').default(''),
    mediaId: optionalUuid.default(null),
    thumbnailMediaId: optionalUuid.default(null),
    published: checkbox.default(false),
  })
  .superRefine((value, context) => {
    if (value.source === 'YOUTUBE') {
      if (!value.youtubeUrl) context.addIssue({ code: 'custom', path: ['youtubeUrl'], message: 'Vui lòng nhập địa chỉ video YouTube.' });
      else if (!parseYouTubeId(value.youtubeUrl))
        context.addIssue({
          code: 'custom',
          path: ['youtubeUrl'],
          message: 'Địa chỉ YouTube không hợp lệ. Ví dụ: https://www.youtube.com/watch?v=dQw4w9WgXcQ hoặc https://youtu.be/dQw4w9WgXcQ',
        });
    } else if (!value.mediaId) {
      context.addIssue({ code: 'custom', path: ['mediaId'], message: 'Vui lòng tải lên hoặc chọn một tệp video MP4.' });
    }
  })
  .transform(({ youtubeUrl, ...value }) => ({
    ...value,
    youtubeId: value.source === 'YOUTUBE' ? parseYouTubeId(youtubeUrl) : null,
    mediaId: value.source === 'UPLOAD' ? value.mediaId : null,
  }));

export type VideoInput = z.output<typeof videoInputSchema>;
