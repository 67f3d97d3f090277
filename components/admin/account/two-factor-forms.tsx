'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useActionForm } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import type { ActionResult } from '@/lib/actions/action-result';
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction, type RecoveryCodesData } from '@/lib/actions/two-factor';
import { twoFactorCodeSchema } from '@/lib/validation/account-security';

export function StartTwoFactorForm({ restart = false }: { restart?: boolean }) {
  const { onSubmit, formRef, pending } = useActionForm(startTwoFactorAction, { refresh: true });
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <Button type="submit" variant={restart ? 'secondary' : 'primary'} pending={pending}>
        {restart ? 'Tạo khóa bí mật mới' : 'Bắt đầu bật xác thực hai bước'}
      </Button>
    </form>
  );
}

/** The first code from the app; on success the ten recovery codes are shown here, once. */
export function ConfirmTwoFactorForm() {
  const [codes, setCodes] = useState<string[] | null>(null);
  const { errors, onSubmit, formRef, pending } = useActionForm(confirmTwoFactorAction, {
    schema: twoFactorCodeSchema,
    onSuccess: (result: ActionResult<RecoveryCodesData>) => setCodes(result.data?.recoveryCodes ?? []),
    forget: ['code'],
  });
  if (codes) {
    return (
      <section aria-labelledby="ma-khoi-phuc" className="space-y-3 rounded border border-emerald-300 bg-emerald-50 p-4">
        <h2 id="ma-khoi-phuc" className="text-lg font-semibold">
          Mã khôi phục của bạn
        </h2>
        <p className="text-sm">
          Hãy in hoặc chép các mã dưới đây và cất ở nơi an toàn. Khi không có điện thoại, mỗi mã dùng được một lần thay cho mã xác thực. Các mã này chỉ hiện một
          lần.
        </p>
        <ol className="grid grid-cols-2 gap-2 font-mono text-base" data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Link href="/quan-tri/tai-khoan" className="inline-block font-semibold underline">
          Tôi đã lưu các mã, về trang tài khoản
        </Link>
      </section>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormField label="Mã 6 chữ số từ ứng dụng" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={24} errors={errors?.code} />
      <Button type="submit" pending={pending}>
        Xác nhận và bật
      </Button>
    </form>
  );
}

export function DisableTwoFactorForm() {
  const { errors, onSubmit, formRef, pending } = useActionForm(disableTwoFactorAction, { schema: twoFactorCodeSchema, refresh: true, forget: ['code'] });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormField label="Mã xác thực hoặc mã khôi phục" name="code" autoComplete="one-time-code" required maxLength={24} errors={errors?.code} />
      <Button type="submit" variant="danger" pending={pending}>
        Tắt xác thực hai bước
      </Button>
    </form>
  );
}
