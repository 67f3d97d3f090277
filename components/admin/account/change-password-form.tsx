'use client';

import { useActionState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
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
  const router = useRouter();

  // Every session ended with the change (this one too): sign in again with the new password.
  useEffect(() => {
    if (!state?.ok) return;
    const timer = window.setTimeout(() => router.push('/dang-nhap?callbackUrl=%2Fquan-tri%2Ftai-khoan'), 1500);
    return () => window.clearTimeout(timer);
  }, [state, router]);

  return (
    <form action={formAction} noValidate className="space-y-4 rounded border border-slate-200 bg-white p-4">
      {state?.ok ? (
        <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {state.message}
        </p>
      ) : null}
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
