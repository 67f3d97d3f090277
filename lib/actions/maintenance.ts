'use server';

import { NOTICE_WORKING_DAYS, workingDaysUntil } from '@/lib/citizens/working-days';
import { cacheTags } from '@/lib/data/cache-tags';
import { createMaintenanceNotice, deleteMaintenanceNotice } from '@/lib/data/staff/maintenance';
import { maintenanceIdSchema, maintenanceNoticeSchema } from '@/lib/validation/maintenance';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// Planned suspensions (ADMIN). Saving always works; a start fewer than 7 working days away
// (NĐ 224/2026 Đ13) is saved with a warning in the answer.

export const scheduleMaintenanceAction = defineAction(
  { permission: 'maintenance.manage', schema: maintenanceNoticeSchema, invalidates: [cacheTags.maintenance] },
  async (input, { user }) => {
    await createMaintenanceNotice(input, user);
    const days = workingDaysUntil(input.startsAt);
    return days < NOTICE_WORKING_DAYS
      ? success(
          `Đã lên lịch. Lưu ý: chỉ còn ${days} ngày làm việc trước khi tạm ngừng, ít hơn ${NOTICE_WORKING_DAYS} ngày làm việc theo quy định (NĐ 224/2026, Điều 13).`,
          { warning: true },
        )
      : success('Đã lên lịch thông báo tạm ngừng.', { warning: false });
  },
);

export const deleteMaintenanceAction = defineAction(
  { permission: 'maintenance.manage', schema: maintenanceIdSchema, invalidates: [cacheTags.maintenance] },
  async (input, { user }) => {
    return (await deleteMaintenanceNotice(input.id, user)) ? success('Đã xoá thông báo.') : failure('Thông báo không còn tồn tại.');
  },
);
