import { z } from 'zod';
import { DISCLOSURE_KINDS, PROCUREMENT_STATUSES } from '@/lib/decree/disclosure';
import { slugSchema } from './article';
import { optionalText, requiredText } from './common';
import { idList } from './legal-document';

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
const empty = (value: unknown) => (value === '' || value == null ? null : value);

export const disclosureInputSchema = z
  .object({
    kind: z.enum(DISCLOSURE_KINDS, 'Vui lòng chọn loại thông tin.'),
    title: requiredText('Tên', 500),
    slug: slugSchema,
    year: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce.number('Năm phải là số.').int('Năm phải là số nguyên.').min(1990, 'Năm từ 1990 đến 2100.').max(2100, 'Năm từ 1990 đến 2100.'),
    ),
    publishedOn: z.iso.date('Ngày công khai không hợp lệ (dd/mm/yyyy).'),
    summary: optionalText('Nội dung tóm tắt', 5000),
    reportKind: optionalText('Loại báo cáo', 200),
    owner: optionalText('Chủ đầu tư, bên mời thầu', 300),
    estimatedValueMillionVnd: z.preprocess(
      empty,
      z.coerce.number('Giá gói thầu phải là số.').min(0, 'Giá gói thầu không được âm.').max(1e9, 'Giá gói thầu quá lớn.').nullable(),
    ),
    method: optionalText('Hình thức lựa chọn nhà thầu', 300),
    selectionTime: optionalText('Thời gian tổ chức lựa chọn nhà thầu', 300),
    procurementStatus: z.preprocess(empty, z.enum(PROCUREMENT_STATUSES, 'Tình trạng gói thầu không hợp lệ.').nullable()),
    result: optionalText('Kết quả lựa chọn nhà thầu', 2000),
    attachmentIds: idList,
    published: checkbox.default(false),
  })
  .superRefine((value, context) => {
    if (value.kind !== 'PROCUREMENT') return;
    if (!value.owner) context.addIssue({ code: 'custom', path: ['owner'], message: 'Gói thầu cần chủ đầu tư hoặc bên mời thầu.' });
    if (!value.procurementStatus) context.addIssue({ code: 'custom', path: ['procurementStatus'], message: 'Vui lòng chọn tình trạng gói thầu.' });
  });

export type DisclosureInput = z.output<typeof disclosureInputSchema>;

export const catalogEntryInputSchema = z.object({
  title: requiredText('Thông tin công khai', 500),
  legalBasis: optionalText('Căn cứ', 500),
  location: requiredText('Nơi đăng', 500).refine(
    (value) => value.startsWith('/') && !value.startsWith('//'),
    'Nơi đăng là một địa chỉ trên trang, bắt đầu bằng /, ví dụ /van-ban.',
  ),
  sortOrder: z.preprocess(
    (value) => (value === '' || value == null ? 0 : value),
    z.coerce.number('Thứ tự phải là số.').int('Thứ tự phải là số nguyên.').min(0, 'Thứ tự từ 0 đến 9999.').max(9999, 'Thứ tự từ 0 đến 9999.'),
  ),
  published: checkbox.default(false),
});

export type CatalogEntryInput = z.output<typeof catalogEntryInputSchema>;
