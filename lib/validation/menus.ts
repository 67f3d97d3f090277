import { z } from 'zod';
import { requiredText, uuid, uuidList } from './common';

// Menu items (issue 18): a page, a category, a public section path or an outside http(s) address.

const SECTION_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/;

export const menuLocationSchema = z.enum(['HEADER', 'FOOTER'], 'Menu không hợp lệ.');

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const menuItemSchema = z
  .object({
    menu: menuLocationSchema,
    label: requiredText('Tên mục', 80),
    kind: z.enum(['PAGE', 'CATEGORY', 'SECTION', 'URL'], 'Hãy chọn loại liên kết.'),
    parentId: z.preprocess(emptyToNull, uuid.nullable()).default(null),
    pageId: z.preprocess(emptyToNull, uuid.nullable()).default(null),
    categoryId: z.preprocess(emptyToNull, uuid.nullable()).default(null),
    target: z.string().trim().max(2000, 'Địa chỉ quá dài.').default(''),
  })
  .superRefine((item, context) => {
    if (item.kind === 'PAGE' && !item.pageId) context.addIssue({ code: 'custom', path: ['pageId'], message: 'Hãy chọn trang.' });
    if (item.kind === 'CATEGORY' && !item.categoryId) context.addIssue({ code: 'custom', path: ['categoryId'], message: 'Hãy chọn chuyên mục.' });
    if (item.kind === 'SECTION' && !SECTION_PATH.test(item.target)) {
      context.addIssue({ code: 'custom', path: ['target'], message: 'Đường dẫn mục phải bắt đầu bằng “/”, chữ thường không dấu, ví dụ: /thu-vien-video.' });
    }
    if (item.kind === 'URL') {
      let ok = false;
      try {
        const url = new URL(item.target);
        ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
      } catch {
        ok = false;
      }
      if (!ok)
        context.addIssue({ code: 'custom', path: ['target'], message: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ https://ninhbinh.gov.vn.' });
    }
  });
export type MenuItemInput = z.infer<typeof menuItemSchema>;

export const menuItemUpdateSchema = z.intersection(menuItemSchema, z.object({ id: uuid }));

export const menuReorderSchema = z.object({
  menu: menuLocationSchema,
  parentId: z.preprocess(emptyToNull, uuid.nullable()).default(null),
  ids: uuidList,
});
