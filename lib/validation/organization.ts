import { z } from 'zod';
import { optionalText, requiredText } from './common';

// A unit of the organisation chart (NĐ 224/2026 Đ9 k1b).

export const organizationUnitInputSchema = z.object({
  name: requiredText('Tên đơn vị', 200),
  parentId: z.preprocess((value) => (value === '' || value == null ? null : value), z.uuid('Đơn vị cấp trên không hợp lệ.').nullable()).default(null),
  duties: optionalText('Chức năng, nhiệm vụ', 4000),
  head: optionalText('Người đứng đầu', 200),
  phone: z
    .string()
    .trim()
    .max(50, 'Số điện thoại quá dài.')
    .refine((value) => value === '' || /^[0-9+().\s-]{6,50}$/.test(value), 'Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -')
    .default(''),
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
});

export type OrganizationUnitInput = z.output<typeof organizationUnitInputSchema>;
