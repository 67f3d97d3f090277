import { z } from 'zod';
import { COMMUNE_KINDS } from '@/lib/decree/communes';
import { optionalText, requiredText } from './common';

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

export const communeInputSchema = z.object({
  name: requiredText('Tên xã, phường, đặc khu', 100).refine(
    (value) => !/^(xã|phường|đặc khu)\s/i.test(value),
    'Chỉ nhập tên, không nhập "Xã", "Phường" hay "Đặc khu" ở đầu.',
  ),
  kind: z.enum(COMMUNE_KINDS, 'Vui lòng chọn loại đơn vị.'),
  formerDistrict: optionalText('Huyện cũ (ghi chú lịch sử)', 200),
  verified: checkbox.default(false),
  source: optionalText('Nguồn đối chiếu', 300),
});

export type CommuneInput = z.output<typeof communeInputSchema>;

/** An optional commune reference from a <select> ("" = none). */
export const communeIdField = z.preprocess((value) => (value === '' || value == null ? null : value), z.uuid('Xã, phường không hợp lệ.').nullable());
