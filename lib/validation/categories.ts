import { z } from 'zod';
import { optionalText, requiredText, uuid, uuidList } from './common';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const categorySchema = z.object({
  name: requiredText('Tên danh mục', 120),
  // Empty: generated from the name (Vietnamese diacritics removed).
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, 'Đường dẫn không được dài quá 80 ký tự.')
    .refine((value) => value === '' || SLUG.test(value), 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ: tin-tuc-su-kien.')
    .default(''),
  description: optionalText('Mô tả', 500),
});
export type CategoryInput = z.infer<typeof categorySchema>;

export const categoryUpdateSchema = categorySchema.extend({ id: uuid });
export const categoryReorderSchema = z.object({ ids: uuidList });
