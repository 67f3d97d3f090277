import { z } from 'zod';
import { parseVietnamDateTime } from '@/lib/citizens/vietnam-time';
import { requiredText, uuid, uuidList } from './common';

// Issue 18: pinned articles ("Tin nổi bật"), notices ("Thông báo") and the home page's blocks.

/** An optional "dd/mm/yyyy hh:mm" (Vietnam time); empty means none. */
const optionalWhen = (label: string) =>
  z
    .string()
    .trim()
    .default('')
    .transform((value, context) => {
      if (value === '') return null;
      const date = parseVietnamDateTime(value);
      if (!date) {
        context.addIssue({ code: 'custom', message: `${label} phải có dạng dd/mm/yyyy hh:mm (giờ Việt Nam).` });
        return z.NEVER;
      }
      return date;
    });

export const pinArticleSchema = z
  .object({ articleId: uuid, endsAt: optionalWhen('Ngày kết thúc') })
  .refine((value) => !value.endsAt || value.endsAt.getTime() > Date.now(), { path: ['endsAt'], message: 'Ngày kết thúc đã qua.' });

export const featuredReorderSchema = z.object({ ids: uuidList });

/** An internal path ("/tin-tuc/…", not "//host") or an http(s) address; empty for none. */
const noticeUrl = z
  .string()
  .trim()
  .max(2000, 'Địa chỉ quá dài.')
  .default('')
  .refine((value) => {
    if (value === '') return true;
    if (/^\/(?!\/)[^\s\\]*$/.test(value)) return true;
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Liên kết phải là đường dẫn trong trang (bắt đầu bằng “/”) hoặc địa chỉ http:// hoặc https://.');

export const noticeSchema = z
  .object({
    text: requiredText('Nội dung thông báo', 300),
    url: noticeUrl,
    startsAt: optionalWhen('Thời điểm bắt đầu'),
    endsAt: optionalWhen('Thời điểm kết thúc'),
  })
  .transform((value) => ({ ...value, startsAt: value.startsAt ?? new Date() }))
  .superRefine((value, context) => {
    if (value.endsAt && value.endsAt <= value.startsAt)
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' });
  });
export type NoticeInput = z.infer<typeof noticeSchema>;

export const noticeUpdateSchema = z.intersection(noticeSchema, z.object({ id: uuid }));

export const HOME_BLOCK_ITEMS_MAX = 12;

export const homeBlocksSchema = z.object({
  blocks: z
    .array(
      z.object({
        categoryId: uuid,
        itemCount: z.coerce
          .number('Số tin phải là một số.')
          .int('Số tin phải là số nguyên.')
          .min(1, 'Mỗi khối hiện ít nhất 1 tin.')
          .max(HOME_BLOCK_ITEMS_MAX, `Mỗi khối hiện nhiều nhất ${HOME_BLOCK_ITEMS_MAX} tin.`),
      }),
    )
    .max(50, 'Quá nhiều khối.')
    .refine((blocks) => new Set(blocks.map((block) => block.categoryId)).size === blocks.length, 'Mỗi chuyên mục chỉ được chọn một lần.'),
});
export type HomeBlocksInput = z.infer<typeof homeBlocksSchema>;
