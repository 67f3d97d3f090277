'use client';

import { useActionState } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useActionToast } from '@/components/admin/use-action-toast';
import { changeOwnPasswordAction } from '@/lib/actions/account';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import type { ActionState } from '@/lib/validation/action-state';
import { changeOwnPasswordSchema } from '@/lib/validation/users';

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState(async (prev: ActionState | null, formData: FormData): Promise<ActionState> => {
    const parsed = changeOwnPasswordSchema.safeParse({
      currentPassword: formData.get('currentPassword'),
      newPassword: formData.get('newPassword'),
      confirmPassword: formData.get('confirmPassword'),
    });
    if (!parsed.success) return { ok: false, message: 'Vui lòng kiểm tra lại các trường được đánh dấu.', errors: z.flattenError(parsed.error).fieldErrors };
    return changeOwnPasswordAction(prev, formData);
  }, null);
  useActionToast(state);

  return (
    <form action={formAction} noValidate className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <FormField label="Mật khẩu hiện tại" name="currentPassword" type="password" autoComplete="current-password" required errors={state?.errors?.currentPassword} />
      <FormField
        label="Mật khẩu mới"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={`Từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự. Nên dùng một cụm từ dài dễ nhớ.`}
        errors={state?.errors?.newPassword}
      />
      <FormField label="Nhập lại mật khẩu mới" name="confirmPassword" type="password" autoComplete="new-password" required errors={state?.errors?.confirmPassword} />
      <Button type="submit" pending={pending}>
        Đổi mật khẩu
      </Button>
    </form>
  );
}
