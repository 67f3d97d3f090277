import { z } from 'zod';
import { redirectKeyOf } from '@/lib/routes/redirect-paths';
import { hasNoControlCharacters } from './common';

// A hand-made redirect: the old address (a path on this site, or the old site's full address)
// and where it now lives (a path here or an http(s) address elsewhere).

const SYSTEM_PREFIXES = ['/quan-tri', '/api', '/_next', '/media', '/dang-nhap'];

function isSystemPath(key: string): boolean {
  return SYSTEM_PREFIXES.some((prefix) => key === prefix || key.startsWith(`${prefix}/`));
}

function isTarget(value: string): boolean {
  if (/^\/(?![/\\])\S*$/.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export const redirectSchema = z
  .object({
    fromPath: z
      .string('Hãy nhập địa chỉ cũ.')
      .trim()
      .min(1, 'Hãy nhập địa chỉ cũ.')
      .max(500, 'Địa chỉ cũ tối đa 500 ký tự.')
      .refine(hasNoControlCharacters, 'Địa chỉ cũ chứa ký tự không hợp lệ.')
      .transform((value, ctx) => {
        const key = redirectKeyOf(value);
        if (!key || key === '/') {
          ctx.addIssue({ code: 'custom', message: 'Địa chỉ cũ phải bắt đầu bằng “/” (ví dụ /2023/05/tin-cu hoặc /?p=123).' });
          return z.NEVER;
        }
        if (isSystemPath(key)) {
          ctx.addIssue({ code: 'custom', message: 'Không thể chuyển hướng địa chỉ của trang quản trị hoặc hệ thống.' });
          return z.NEVER;
        }
        return key;
      }),
    toPath: z
      .string('Hãy nhập địa chỉ mới.')
      .trim()
      .min(1, 'Hãy nhập địa chỉ mới.')
      .max(500, 'Địa chỉ mới tối đa 500 ký tự.')
      .refine(hasNoControlCharacters, 'Địa chỉ mới chứa ký tự không hợp lệ.')
      .refine(isTarget, 'Địa chỉ mới phải bắt đầu bằng “/” hoặc http:// hoặc https://.'),
  })
  .refine((input) => input.fromPath !== input.toPath.replace(/\/+$/, '').toLowerCase(), {
    message: 'Địa chỉ mới phải khác địa chỉ cũ.',
    path: ['toPath'],
  });
export type RedirectInput = z.output<typeof redirectSchema>;

/** The admin's upload of a WordPress export (the server-action body limit is 12 MB). */
export const WXR_MAX_BYTES = 11 * 1024 * 1024;
export const wordpressImportSchema = z.object({
  file: z
    .custom<File>((value) => typeof File !== 'undefined' && value instanceof File, 'Hãy chọn tệp XML xuất từ WordPress.')
    .refine((file) => file.size > 0, 'Tệp trống.')
    .refine((file) => file.size <= WXR_MAX_BYTES, 'Tệp lớn hơn 11 MB: hãy dùng lệnh npm run import:wordpress trên máy chủ.')
    .refine((file) => /\.xml$/i.test(file.name), 'Tệp phải có đuôi .xml (Công cụ → Xuất trong WordPress).'),
});
