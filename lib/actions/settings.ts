'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { saveSettings } from '@/lib/data/staff/settings';
import { SETTINGS_FIELDS, settingsSchema } from '@/lib/validation/settings';
import { success } from './action-result';
import { defineAction } from './define-action';

export const saveSettingsAction = defineAction(
  {
    permission: 'settings.manage',
    schema: settingsSchema,
    echo: SETTINGS_FIELDS,
    refresh: true,
    invalidates: (_input, data?: { changed: boolean }) => (data?.changed ? [cacheTags.settings] : []),
  },
  async (input, { user }) => {
    const { changed } = await saveSettings(input, user);
    const message = changed.length > 0 ? 'Đã lưu cài đặt. Trang công khai hiển thị thông tin mới ngay.' : 'Không có thay đổi nào.';
    return success(message, { changed: changed.length > 0 });
  },
);
