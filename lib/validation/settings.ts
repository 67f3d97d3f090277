import { z } from 'zod';
import { optionalText, requiredText } from './common';

// Form field names use underscores (site_name) because dotted names don't survive FormData
// round trips in every tool; the DAL maps them to the stored keys (site.name).
export const settingsSchema = z.object({
  site_name: requiredText('Tên cơ quan', 200),
  site_description: optionalText('Mô tả trang', 500),
  contact_address: optionalText('Địa chỉ', 300),
  contact_phone: optionalText('Điện thoại', 50).refine(
    (value) => value === '' || /^[0-9+().\s-]{6,50}$/.test(value),
    'Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -',
  ),
  contact_fax: optionalText('Fax', 50).refine((value) => value === '' || /^[0-9+().\s-]{6,50}$/.test(value), 'Số fax chỉ gồm chữ số, dấu cách và + ( ) . -'),
  contact_email: z
    .string()
    .trim()
    .max(254, 'Email quá dài.')
    .refine((value) => value === '' || z.email().safeParse(value).success, 'Email không hợp lệ.')
    .default(''),
  footer_text: optionalText('Chân trang', 1000),
});
export type SettingsInput = z.infer<typeof settingsSchema>;
export const SETTINGS_FIELDS = Object.keys(settingsSchema.shape) as (keyof SettingsInput)[];
