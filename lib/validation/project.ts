import { z } from 'zod';
import { PROJECT_KINDS, PROJECT_STATUSES } from '@/lib/decree/projects';
import { slugSchema } from './article';
import { optionalText, requiredText } from './common';
import { idList } from './legal-document';
import { communeIdField } from './commune';

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
const year = (label: string) =>
  z.coerce.number(`${label} phải là số.`).int(`${label} phải là số nguyên.`).min(1990, `${label} từ 1990 đến 2100.`).max(2100, `${label} từ 1990 đến 2100.`);

export const projectInputSchema = z
  .object({
    title: requiredText('Tên', 300),
    slug: slugSchema,
    kind: z.enum(PROJECT_KINDS, 'Vui lòng chọn loại.'),
    status: z.enum(PROJECT_STATUSES, 'Vui lòng chọn tình trạng.'),
    startYear: z.preprocess((value) => (value === '' ? undefined : value), year('Năm bắt đầu')),
    endYear: z.preprocess((value) => (value === '' || value == null ? null : value), year('Năm kết thúc').nullable()),
    budgetMillionVnd: z.preprocess(
      (value) => (value === '' || value == null ? null : value),
      z.coerce.number('Kinh phí phải là số.').min(0, 'Kinh phí không được âm.').max(1e9, 'Kinh phí quá lớn.').nullable(),
    ),
    summary: optionalText('Tóm tắt', 5000),
    attachmentIds: idList,
    published: checkbox.default(false),
    communeId: communeIdField.default(null),
  })
  .superRefine((value, context) => {
    if (value.endYear !== null && value.endYear < value.startYear)
      context.addIssue({ code: 'custom', path: ['endYear'], message: 'Năm kết thúc không được trước năm bắt đầu.' });
  });

export type ProjectInput = z.output<typeof projectInputSchema>;
