'use server';

import { refresh } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { failure, success } from '@/lib/actions/action-result';
import { inviteUser } from '@/lib/data/staff/users';
import { inviteUserSchema } from '@/lib/validation/users';

const EMAIL_TAKEN = 'Email này đã được dùng cho tài khoản khác.';

export const inviteUserAction = defineAction({ permission: 'user.manage', schema: inviteUserSchema }, async (input, { user }) => {
  const result = await inviteUser(input, user);
  if (!result.ok) return failure(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  refresh();
  return success(`Đã gửi thư mời tới ${input.email}. Liên kết trong thư có hiệu lực 72 giờ.`);
});
