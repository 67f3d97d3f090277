import { z } from 'zod';
import { optionalText, requiredText } from './common';
import { communeIdField } from './commune';

// The public contact form and the focal-point official form.

const email = z.string('Vui lòng nhập email.').trim().min(1, 'Vui lòng nhập email.').max(254, 'Email quá dài.').pipe(z.email('Email không hợp lệ.'));

export const contactMessageSchema = z.object({
  name: requiredText('Họ và tên', 120),
  email,
  subject: requiredText('Tiêu đề', 200),
  message: requiredText('Nội dung', 5000).refine((value) => value.length >= 10, 'Nội dung cần ít nhất 10 ký tự.'),
});

export type ContactMessageInput = z.output<typeof contactMessageSchema>;

/** The fields a sender typed (what the form gets back after an error). */
export const CONTACT_FIELDS = ['name', 'email', 'subject', 'message'] as const;

/** What the public form posts: the message, the honeypot (`website`, empty for people) and the signed render time. */
export const contactSubmissionSchema = contactMessageSchema.extend({
  website: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'string' ? value : '')),
  formToken: z.unknown(),
});

const phone = z
  .string()
  .trim()
  .max(50, 'Số điện thoại quá dài.')
  .refine((value) => value === '' || /^[0-9+().\s-]{6,50}$/.test(value), 'Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -')
  .default('');

export const officialInputSchema = z.object({
  name: requiredText('Họ và tên', 120),
  position: requiredText('Chức vụ', 200),
  phone,
  email: z
    .string()
    .trim()
    .max(254, 'Email quá dài.')
    .refine((value) => value === '' || z.email().safeParse(value).success, 'Email không hợp lệ.')
    .default(''),
  sortOrder: z.preprocess(
    (value) => (value === '' || value == null ? 0 : value),
    z.coerce.number('Thứ tự phải là số nguyên.').int('Thứ tự phải là số nguyên.').min(0, 'Thứ tự từ 0 đến 9999.').max(9999, 'Thứ tự từ 0 đến 9999.'),
  ),
  published: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()).default(false),
  communeId: communeIdField.default(null),
  // Leaders' profile (NĐ 224/2026 Đ9 k1b), shown on /gioi-thieu/lanh-dao when `leader` is set.
  leader: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()).default(false),
  duties: optionalText('Nhiệm vụ được phân công', 4000),
  bio: optionalText('Tóm tắt quá trình công tác', 4000),
  photoId: z.preprocess((value) => (value === '' || value == null ? null : value), z.uuid('Ảnh không hợp lệ.').nullable()).default(null),
});

export type OfficialInput = z.output<typeof officialInputSchema>;
