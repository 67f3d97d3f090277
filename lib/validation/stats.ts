import { z } from 'zod';

export const retentionSchema = z.object({
  retentionDays: z.coerce.number('Nhập số ngày.').int('Số ngày phải là số nguyên.').min(7, 'Giữ ít nhất 7 ngày.').max(3650, 'Giữ tối đa 3650 ngày.'),
});
