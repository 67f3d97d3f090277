import { z } from 'zod';

// Media library forms (shared by the browser and the server actions).

export const mediaIdSchema = z.uuid('Tệp không hợp lệ.');

export const mediaAltTextSchema = z.object({
  id: mediaIdSchema,
  altText: z
    .string('Mô tả ảnh không hợp lệ.')
    .trim()
    .max(300, 'Mô tả ảnh (alt) tối đa 300 ký tự.')
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'Mô tả ảnh không được chứa ký tự điều khiển.'),
});

export type MediaAltTextInput = z.infer<typeof mediaAltTextSchema>;

export const mediaListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  kinds: z
    .array(z.enum(['image', 'video', 'pdf', 'office']))
    .max(4)
    .optional()
    .catch(undefined),
});
