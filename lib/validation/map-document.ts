import { z } from 'zod';
import { hasNoControlCharacters } from './common';

// The administrative-map document form: a title, a description, an image or a PDF from the
// media library, an order and a published flag.

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

export const mapDocumentInputSchema = z.object({
  title: z
    .string('Vui lòng nhập tiêu đề.')
    .trim()
    .min(1, 'Vui lòng nhập tiêu đề.')
    .max(200, 'Tiêu đề tối đa 200 ký tự.')
    .refine(hasNoControlCharacters, 'Tiêu đề chứa ký tự không hợp lệ.'),
  description: z.string().trim().max(5000, 'Mô tả tối đa 5000 ký tự.').refine(hasNoControlCharacters, 'Mô tả chứa ký tự không hợp lệ.').default(''),
  mediaId: z.preprocess(
    (value) => (value == null ? '' : value),
    z.string().min(1, 'Vui lòng tải lên hoặc chọn ảnh hay tệp PDF của bản đồ.').pipe(z.uuid('Tệp không hợp lệ.')),
  ),
  sortOrder: z.preprocess(
    (value) => (value === '' || value == null ? 0 : value),
    z.coerce.number('Thứ tự phải là số nguyên.').int('Thứ tự phải là số nguyên.').min(0, 'Thứ tự từ 0 đến 9999.').max(9999, 'Thứ tự từ 0 đến 9999.'),
  ),
  published: checkbox.default(false),
});

export type MapDocumentInput = z.output<typeof mapDocumentInputSchema>;
