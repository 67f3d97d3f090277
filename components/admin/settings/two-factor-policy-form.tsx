'use client';

import { useActionForm } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { saveTwoFactorPolicyAction } from '@/lib/actions/two-factor';
import type { TwoFactorPolicy } from '@/lib/auth/two-factor';

const OPTIONS: { value: TwoFactorPolicy; label: string }[] = [
  { value: 'none', label: 'Không bắt buộc (mỗi người tự chọn)' },
  { value: 'ADMIN', label: 'Bắt buộc với quản trị viên' },
  { value: 'ADMIN_EDITOR', label: 'Bắt buộc với quản trị viên và biên tập viên' },
];

export function TwoFactorPolicyForm({ policy }: { policy: TwoFactorPolicy }) {
  const { onSubmit, formRef, pending } = useActionForm(saveTwoFactorPolicyAction, { onSuccess: () => undefined });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <fieldset className="space-y-2">
        <legend className="font-semibold">Xác thực hai bước</legend>
        <p className="text-sm text-slate-600">Người thuộc vai trò bắt buộc mà chưa bật sẽ được dẫn tới trang bật ngay lần đăng nhập tới.</p>
        {OPTIONS.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="policy" value={option.value} defaultChecked={option.value === policy} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <Button type="submit" pending={pending}>
        Lưu quy định
      </Button>
    </form>
  );
}
