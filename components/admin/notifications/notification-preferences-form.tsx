'use client';

import { useActionForm } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { saveNotificationPreferencesAction } from '@/lib/actions/notifications';

export interface PreferenceRow {
  kind: string;
  label: string;
  mailed: boolean;
}

export function NotificationPreferencesForm({ rows }: { rows: PreferenceRow[] }) {
  const { onSubmit, formRef, pending } = useActionForm(saveNotificationPreferencesAction, { onSuccess: () => undefined });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <fieldset className="space-y-2">
        <legend className="text-sm">Gửi thư cho tôi khi:</legend>
        {rows.map((row) => (
          <label key={row.kind} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="mail" value={row.kind} defaultChecked={row.mailed} />
            {row.label}
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-slate-600">Thông báo vẫn hiện trong trang quản trị dù không nhận thư.</p>
      <Button type="submit" pending={pending}>
        Lưu lựa chọn
      </Button>
    </form>
  );
}
