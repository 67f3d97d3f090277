'use server';

import { z } from 'zod';
import * as notifications from '@/lib/data/staff/notifications';
import { success, failure } from './action-result';
import { defineAction } from './define-action';

const INVALID_REQUEST = 'Yêu cầu không hợp lệ.';

/** Marks one notification read, or all of the caller's when no id is given. */
export const markNotificationsReadAction = defineAction(
  { permission: 'notification.read', schema: z.object({ id: z.uuid('Mã không hợp lệ.').optional() }), refresh: true, invalidMessage: INVALID_REQUEST },
  async ({ id }, { user }) => {
    const count = await notifications.markNotificationsRead(user.id, id ?? null);
    if (id && count === 0) return failure('Thông báo không còn hoặc đã được đánh dấu đã đọc.');
    return success(id ? 'Đã đánh dấu đã đọc.' : 'Đã đánh dấu tất cả là đã đọc.');
  },
);

// A checkbox list decodes to a string for one box and an array for several; none ticked → absent.
const preferencesSchema = z.object({
  mail: z.preprocess(
    (value) => (value === undefined ? [] : [value].flat()),
    z.array(z.enum(notifications.NOTIFICATION_KINDS as [string, ...string[]], 'Loại thông báo không hợp lệ.')).max(10, 'Loại thông báo không hợp lệ.'),
  ),
});

/** Which notifications also come by mail (each kind can be turned off). */
export const saveNotificationPreferencesAction = defineAction(
  { permission: 'notification.read', schema: preferencesSchema, invalidMessage: INVALID_REQUEST, refresh: true },
  async ({ mail }, { user }) => {
    await notifications.saveMailPreferences(user.id, mail as (typeof notifications.NOTIFICATION_KINDS)[number][]);
    return success('Đã lưu lựa chọn nhận thư.');
  },
);
