'use server';

import { redirect } from 'next/navigation';
import { clearSessionCookie } from '@/lib/auth/session-cookie';
import { changeOwnPassword } from '@/lib/data/staff/users';
import { changeOwnPasswordSchema } from '@/lib/validation/users';
import { failure } from './action-result';
import { defineAction } from './define-action';

/**
 * Changes the caller's password (the current one is required). Every session of the account
 * ends, this one included, so success redirects to the sign-in page (which says why).
 * Passwords are never sent back to the form.
 */
export const changeOwnPasswordAction = defineAction(
  { permission: 'account.changePassword', schema: changeOwnPasswordSchema, echo: [] },
  async (input, { user }) => {
    const result = await changeOwnPassword(user.id, input.currentPassword, input.newPassword);
    if (result === 'wrong-password') return failure('Mật khẩu hiện tại không đúng.', { currentPassword: ['Mật khẩu hiện tại không đúng.'] });
    await clearSessionCookie();
    redirect('/dang-nhap?da-doi-mat-khau=1&callbackUrl=%2Fquan-tri%2Ftai-khoan');
  },
);
