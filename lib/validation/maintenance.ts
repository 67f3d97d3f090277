import { z } from 'zod';
import { parseVietnamDateTime } from '@/lib/citizens/vietnam-time';
import { hasNoControlCharacters } from './common';

const when = (label: string) =>
  z
    .string(`Nhập ${label}.`)
    .trim()
    .min(1, `Nhập ${label}.`)
    .transform((value, context) => {
      const date = parseVietnamDateTime(value);
      if (!date) {
        context.addIssue({ code: 'custom', message: `${label[0]!.toUpperCase()}${label.slice(1)} phải có dạng dd/mm/yyyy hh:mm (giờ Việt Nam).` });
        return z.NEVER;
      }
      return date;
    });

export const maintenanceNoticeSchema = z
  .object({
    message: z
      .string('Nhập nội dung thông báo.')
      .trim()
      .min(10, 'Nội dung thông báo cần ít nhất 10 ký tự.')
      .max(1000, 'Nội dung tối đa 1000 ký tự.')
      .refine(hasNoControlCharacters, 'Nội dung chứa ký tự không hợp lệ.'),
    publishAt: when('ngày đăng thông báo'),
    startsAt: when('thời điểm bắt đầu tạm ngừng'),
    endsAt: when('thời điểm kết thúc'),
  })
  .superRefine((value, context) => {
    if (value.endsAt <= value.startsAt) context.addIssue({ code: 'custom', path: ['endsAt'], message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' });
    if (value.publishAt > value.startsAt) context.addIssue({ code: 'custom', path: ['publishAt'], message: 'Thông báo phải được đăng trước khi tạm ngừng.' });
    if (value.endsAt.getTime() <= Date.now()) context.addIssue({ code: 'custom', path: ['endsAt'], message: 'Thời điểm kết thúc đã qua.' });
  });

export const maintenanceIdSchema = z.object({ id: z.uuid('Thông báo không hợp lệ.') });
