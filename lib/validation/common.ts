import { z } from 'zod';

export const uuid = z.uuid('Mã không hợp lệ.');

export const uuidList = z.array(uuid).min(1, 'Danh sách trống.').max(500, 'Danh sách quá dài.');

/** Characters no text field may hold (PostgreSQL can't store NUL; the rest are invisible tricks). */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function hasNoControlCharacters(value: string): boolean {
  return !CONTROL_CHARACTERS.test(value);
}

/** A required single-line text, trimmed. */
export function requiredText(label: string, max: number) {
  return z
    .string(`${label} là bắt buộc.`)
    .trim()
    .min(1, `${label} là bắt buộc.`)
    .max(max, `${label} không được dài quá ${max} ký tự.`)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), `${label} chứa ký tự không hợp lệ.`);
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} không được dài quá ${max} ký tự.`)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), `${label} chứa ký tự không hợp lệ.`)
    .default('');
}

/** An absolute http:// or https:// address (nothing else: no javascript:, data:, mailto:). */
export const httpUrl = z
  .string('Địa chỉ là bắt buộc.')
  .trim()
  .min(1, 'Địa chỉ là bắt buộc.')
  .max(2000, 'Địa chỉ quá dài.')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ https://ninhbinh.gov.vn.');

/** A form naming one record by its id (delete, publish…), whatever the entity. */
export const recordIdSchema = z.object({ id: uuid });

/** A form naming one record and whether it is to be public (`published` is "true" or not). */
export const recordPublishedSchema = z.object({
  id: uuid,
  published: z
    .unknown()
    .optional()
    .transform((value) => value === 'true'),
});

/** The display order of a whole list: every id once, first shown first. */
export const displayOrderSchema = z.array(uuid).min(1).max(1000);

/** The `id` of an edit form; empty or missing when the form creates a new record. */
export const optionalRecordId = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null));
