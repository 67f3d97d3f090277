import { z } from 'zod';
import { RESERVED_TOP_LEVEL } from '@/lib/routes/reserved';
import { bodySchema, slugSchema } from './article';
import { hasNoControlCharacters } from './common';

// The static page editor's schema, shared by the form and the server actions.

export const savePageSchema = z
  .object({
    id: z.uuid().optional(),
    version: z.number().int().min(1).optional(),
    title: z.string().trim().min(1, 'Nhập tiêu đề.').max(300, 'Tiêu đề tối đa 300 ký tự.').refine(hasNoControlCharacters, 'Tiêu đề chứa ký tự không hợp lệ.'),
    slug: slugSchema.refine((slug) => !RESERVED_TOP_LEVEL.has(slug), 'Đường dẫn này đã dành cho một mục khác của cổng thông tin, hãy chọn đường dẫn khác.'),
    published: z.boolean(),
    // "save" keeps the changes of a public page pending; "publish" ("Cập nhật trang") applies them.
    intent: z.enum(['save', 'publish']).default('save'),
    sortOrder: z.number().int().min(0).max(10_000),
    body: bodySchema,
    // English pages are served at /en/<slug>; pages sharing a translation key link to each other (hreflang).
    locale: z.enum(['vi', 'en'], 'Chọn ngôn ngữ.').default('vi'),
    translationKey: z
      .string()
      .trim()
      .max(60, 'Khóa bản dịch tối đa 60 ký tự.')
      .regex(/^[a-z0-9-]*$/, 'Khóa bản dịch chỉ gồm chữ thường không dấu, số và dấu gạch ngang.')
      .default('')
      .transform((value) => value || null),
  })
  .superRefine((value, context) => {
    if (value.id && value.version === undefined) {
      context.addIssue({ code: 'custom', path: ['version'], message: 'Thiếu phiên bản của trang.' });
    }
  });

export type SavePageInput = z.input<typeof savePageSchema>;
export type SavePageData = z.output<typeof savePageSchema>;
