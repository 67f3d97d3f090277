'use server';

import { refresh } from 'next/cache';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { requirePermission } from '@/lib/auth/current-user';
import { cacheTags } from '@/lib/data/cache-tags';
import { saveSettings } from '@/lib/data/staff/settings';
import { type ActionState, formValues, invalid, success } from '@/lib/validation/action-state';
import { SETTINGS_FIELDS, settingsSchema } from '@/lib/validation/settings';
import { asForm } from './form-input';

export async function saveSettingsAction(_prev: ActionState | null, submitted: FormData): Promise<ActionState> {
  const formData = asForm(submitted);
  const user = await requirePermission('settings.manage');
  const values = formValues(formData, SETTINGS_FIELDS);
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { changed } = await saveSettings(parsed.data, user);
  if (changed.length > 0) invalidatePublicContent([cacheTags.settings]);
  refresh();
  return success(changed.length > 0 ? 'Đã lưu cài đặt. Trang công khai hiển thị thông tin mới ngay.' : 'Không có thay đổi nào.');
}
