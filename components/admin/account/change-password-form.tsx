'use client';

import { useActionForm } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { changeOwnPasswordAction } from '@/lib/actions/account';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { changeOwnPasswordSchema } from '@/lib/validation/users';

const PASSWORDS = ['currentPassword', 'newPassword', 'confirmPassword'];

export function ChangePasswordForm() {
  // Success ends the session: the action redirects to the sign-in page.
  const { errors, onSubmit, formRef, pending } = useActionForm(changeOwnPasswordAction, { schema: changeOwnPasswordSchema, forget: PASSWORDS });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <FormField label="Mật khẩu hiện tại" name="currentPassword" type="password" autoComplete="current-password" required errors={errors?.currentPassword} />
      <FormField
        label="Mật khẩu mới"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={`Từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự. Nên dùng một cụm từ dài dễ nhớ.`}
        errors={errors?.newPassword}
      />
      <FormField label="Nhập lại mật khẩu mới" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
      <Button type="submit" pending={pending}>
        Đổi mật khẩu
      </Button>
    </form>
  );
}
