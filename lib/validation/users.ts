import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { ROLES } from '@/lib/auth/permissions';
import { requiredText, uuid } from './common';

export const passwordSchema = z
  .string('Vui lòng nhập mật khẩu.')
  .min(PASSWORD_MIN_LENGTH, `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`)
  .max(PASSWORD_MAX_LENGTH, `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`);

/** Empty: the server generates one and shows it once. */
const optionalPassword = z.union([z.literal(''), passwordSchema]).default('');

export const roleSchema = z.enum(ROLES as ['ADMIN', 'EDITOR', 'AUTHOR'], 'Vai trò không hợp lệ.');

export const createUserSchema = z.object({
  name: requiredText('Họ tên', 120),
  email: z.string().trim().toLowerCase().pipe(z.email('Email không hợp lệ.').max(254, 'Email quá dài.')),
  role: roleSchema,
  password: optionalPassword,
});
export const inviteUserSchema = createUserSchema.omit({ password: true });

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ id: uuid, role: roleSchema });
export const setDisabledSchema = z.object({ id: uuid, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ id: uuid, password: optionalPassword });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.').max(PASSWORD_MAX_LENGTH, 'Mật khẩu hiện tại không đúng.'),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'Mật khẩu nhập lại không khớp.' })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ['newPassword'], message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
