'use server';

import { setRetentionDays } from '@/lib/data/staff/stats';
import { retentionSchema } from '@/lib/validation/stats';
import { success } from './action-result';
import { defineAction } from './define-action';

export const saveRetentionAction = defineAction({ permission: 'stats.manage', schema: retentionSchema }, async (input, { user }) => {
  await setRetentionDays(input.retentionDays, user);
  return success(`Đã lưu: lượt xem chi tiết được giữ ${input.retentionDays} ngày.`);
});
