'use server';

import { generatePassword } from '@/lib/auth/password';
import * as users from '@/lib/data/staff/users';
import { uuid } from '@/lib/validation/common';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from '@/lib/validation/users';
import { failure, success, type ActionResult } from './action-result';
import { defineAction } from './define-action';

const REASONS: Record<Exclude<users.UserWriteResult, { ok: true }>['reason'], string> = {
  'not-found': 'Người dùng không còn tồn tại.',
  'last-admin': 'Không thể thực hiện: đây là quản trị viên đang hoạt động cuối cùng. Hãy chỉ định quản trị viên khác trước.',
  'email-taken': 'Email này đã được dùng cho tài khoản khác.',
  'has-content': 'Không thể xóa người dùng đã viết bài. Hãy vô hiệu hóa tài khoản thay vì xóa.',
};
// Every change re-renders the users page; a password typed is never echoed back into the form.
const USER = { permission: 'user.manage', refresh: true, forget: ['password'] } as const;
const INVALID_REQUEST = 'Yêu cầu không hợp lệ.';

/** The generated password (when the admin left it empty) is returned once, to be shown once. */
export interface PasswordData {
  generatedPassword?: string;
  email?: string;
}

function written<Data>(result: users.UserWriteResult, message: string, data?: Data): ActionResult<Data> {
  return result.ok
    ? success(message, data)
    : failure(REASONS[result.reason], result.reason === 'email-taken' ? { email: [REASONS['email-taken']] } : undefined);
}

export const createUserAction = defineAction({ ...USER, schema: createUserSchema, echo: ['name', 'email', 'role', 'password'] }, async (input, { user }) => {
  const password = input.password || generatePassword();
  const result = await users.createUser({ ...input, password }, user);
  return written<PasswordData>(result, `Đã tạo tài khoản ${input.email}.`, { email: input.email, generatedPassword: input.password ? undefined : password });
});

export const changeUserRoleAction = defineAction({ ...USER, schema: changeRoleSchema, invalidMessage: INVALID_REQUEST }, async ({ id, role }, { user }) =>
  written<undefined>(await users.changeUserRole(id, role, user), 'Đã đổi vai trò.'),
);

export const setUserDisabledAction = defineAction({ ...USER, schema: setDisabledSchema, invalidMessage: INVALID_REQUEST }, async ({ id, disabled }, { user }) =>
  written<undefined>(
    await users.setUserDisabled(id, disabled, user),
    disabled ? 'Đã vô hiệu hóa tài khoản; các phiên đăng nhập của tài khoản này đã kết thúc.' : 'Đã kích hoạt lại tài khoản.',
  ),
);

export const resetUserPasswordAction = defineAction({ ...USER, schema: resetPasswordSchema, echo: ['id', 'password'] }, async (input, { user }) => {
  const password = input.password || generatePassword();
  const result = await users.resetUserPassword(input.id, password, user);
  return written<PasswordData>(result, 'Đã đặt mật khẩu mới; các phiên đăng nhập cũ của tài khoản đã kết thúc.', {
    generatedPassword: input.password ? undefined : password,
  });
});

export const deleteUserAction = defineAction({ ...USER, schema: uuid, invalidMessage: REASONS['not-found'] }, async (id, { user }) =>
  written<undefined>(await users.deleteUser(id, user), 'Đã xóa người dùng.'),
);
