'use server';

import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/current-user';
import { clearSessionCookie } from '@/lib/auth/session-cookie';
import { changeOwnPassword } from '@/lib/data/staff/users';
import { type ActionState, failure, invalid } from '@/lib/validation/action-state';
import { changeOwnPasswordSchema } from '@/lib/validation/users';
import { asForm } from './form-input';

/**
 * Changes the caller's password (the current one is required). Every session of the account
 * ends, this one included, so success redirects to the sign-in page (which says why).
 */
export async function changeOwnPasswordAction(_prev: ActionState | null, submitted: FormData): Promise<ActionState> {
  const formData = asForm(submitted);
  const user = await requirePermission('account.changePassword');
  const parsed = changeOwnPasswordSchema.safeParse({
    currentPassword: formData.get('currentPassword'),
    newPassword: formData.get('newPassword'),
    confirmPassword: formData.get('confirmPassword'),
  });
  // Passwords are never sent back to the form.
  if (!parsed.success) return invalid(parsed.error);
  const result = await changeOwnPassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
  if (result === 'wrong-password') return failure('Mật khẩu hiện tại không đúng.', { currentPassword: ['Mật khẩu hiện tại không đúng.'] });
  await clearSessionCookie();
  redirect('/dang-nhap?da-doi-mat-khau=1&callbackUrl=%2Fquan-tri%2Ftai-khoan');
}
