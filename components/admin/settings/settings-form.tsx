'use client';

import { useActionForm } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { saveSettingsAction } from '@/lib/actions/settings';
import { settingsSchema, type SettingsInput } from '@/lib/validation/settings';

export function SettingsForm({ settings }: { settings: SettingsInput }) {
  // After a save the form keeps what it shows (the saved values): no reset.
  const { errors, values, onSubmit, pending } = useActionForm(saveSettingsAction, { schema: settingsSchema, onSuccess: () => undefined });
  const value = (field: keyof SettingsInput) => values?.[field] ?? settings[field];
  const field = (name: keyof SettingsInput) => ({ key: `${name}-${value(name)}`, name, defaultValue: value(name), errors: errors?.[name] });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4 rounded border border-slate-200 bg-white p-6">
      <FormField label="Tên cơ quan (tên trang)" required maxLength={200} {...field('site_name')} />
      <FormField label="Mô tả trang" multiline rows={2} maxLength={500} hint="Dùng cho công cụ tìm kiếm và mạng xã hội." {...field('site_description')} />
      <FormField label="Địa chỉ liên hệ" maxLength={300} {...field('contact_address')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="Điện thoại" type="tel" maxLength={50} {...field('contact_phone')} />
        <FormField label="Fax" type="tel" maxLength={50} {...field('contact_fax')} />
        <FormField label="Email liên hệ" type="email" maxLength={254} {...field('contact_email')} />
      </div>
      <FormField label="Nội dung chân trang" multiline rows={3} maxLength={1000} {...field('footer_text')} />
      <Button type="submit" pending={pending}>
        Lưu cài đặt
      </Button>
    </form>
  );
}
