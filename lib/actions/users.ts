'use server';

import { refresh } from 'next/cache';
import { requirePermission } from '@/lib/auth/current-user';
import { generatePassword } from '@/lib/auth/password';
import * as users from '@/lib/data/staff/users';
import { type ActionState, failure, formValues, invalid, success } from '@/lib/validation/action-state';
import { uuid } from '@/lib/validation/common';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from '@/lib/validation/users';
import { asForm } from './form-input';

const REASONS: Record<Exclude<users.UserWriteResult, { ok: true }>['reason'], string> = {
  'not-found': 'Người dùng không còn tồn tại.',
  'last-admin': 'Không thể thực hiện: đây là quản trị viên đang hoạt động cuối cùng. Hãy chỉ định quản trị viên khác trước.',
  'email-taken': 'Email này đã được dùng cho tài khoản khác.',
  'has-content': 'Không thể xóa người dùng đã viết bài. Hãy vô hiệu hóa tài khoản thay vì xóa.',
};

/** The generated password (when the admin left it empty) is returned once, to be shown once. */
export type PasswordResult = ActionState<{ generatedPassword?: string; email?: string }>;

export async function createUserAction(_prev: PasswordResult | null, submitted: FormData): Promise<PasswordResult> {
  const formData = asForm(submitted);
  const admin = await requirePermission('user.manage');
  const values = formValues(formData, ['name', 'email', 'role', 'password']);
  const parsed = createUserSchema.safeParse(values);
  // Never echo a password back into the form.
  const safeValues = { ...values, password: '' };
  if (!parsed.success) return invalid(parsed.error, safeValues);
  const password = parsed.data.password || generatePassword();
  const result = await users.createUser({ ...parsed.data, password }, admin);
  if (!result.ok) return failure(REASONS[result.reason], result.reason === 'email-taken' ? { email: [REASONS['email-taken']] } : undefined, safeValues);
  refresh();
  return success(`Đã tạo tài khoản ${parsed.data.email}.`, { email: parsed.data.email, generatedPassword: parsed.data.password ? undefined : password });
}

export async function changeUserRoleAction(input: unknown): Promise<ActionState> {
  const admin = await requirePermission('user.manage');
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return failure('Yêu cầu không hợp lệ.');
  const result = await users.changeUserRole(parsed.data.id, parsed.data.role, admin);
  if (!result.ok) return failure(REASONS[result.reason]);
  refresh();
  return success('Đã đổi vai trò.');
}

export async function setUserDisabledAction(input: unknown): Promise<ActionState> {
  const admin = await requirePermission('user.manage');
  const parsed = setDisabledSchema.safeParse(input);
  if (!parsed.success) return failure('Yêu cầu không hợp lệ.');
  const result = await users.setUserDisabled(parsed.data.id, parsed.data.disabled, admin);
  if (!result.ok) return failure(REASONS[result.reason]);
  refresh();
  return success(parsed.data.disabled ? 'Đã vô hiệu hóa tài khoản; các phiên đăng nhập của tài khoản này đã kết thúc.' : 'Đã kích hoạt lại tài khoản.');
}

export async function resetUserPasswordAction(_prev: PasswordResult | null, submitted: FormData): Promise<PasswordResult> {
  const formData = asForm(submitted);
  const admin = await requirePermission('user.manage');
  const values = formValues(formData, ['id', 'password']);
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, { id: values.id ?? '', password: '' });
  const password = parsed.data.password || generatePassword();
  const result = await users.resetUserPassword(parsed.data.id, password, admin);
  if (!result.ok) return failure(REASONS[result.reason]);
  refresh();
  return success('Đã đặt mật khẩu mới; các phiên đăng nhập cũ của tài khoản đã kết thúc.', { generatedPassword: parsed.data.password ? undefined : password });
}

export async function deleteUserAction(id: unknown): Promise<ActionState> {
  const admin = await requirePermission('user.manage');
  const parsed = uuid.safeParse(id);
  if (!parsed.success) return failure(REASONS['not-found']);
  const result = await users.deleteUser(parsed.data, admin);
  if (!result.ok) return failure(REASONS[result.reason]);
  refresh();
  return success('Đã xóa người dùng.');
}
