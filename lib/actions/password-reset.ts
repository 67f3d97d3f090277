'use server';

import { z } from 'zod';
import { requestIp } from '@/lib/auth/client-ip';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { requestPasswordReset, setPasswordWithToken } from '@/lib/data/password-reset';
import { INVALID_LINK_MESSAGE, RESET_RATE_LIMITED_MESSAGE, RESET_REQUESTED_MESSAGE } from '@/lib/auth/reset-messages';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// Public by nature (the caller is not signed in). The answer to "Quên mật khẩu" never says
// whether the address has an account (lib/data/password-reset.ts).

const requestSchema = z.object({ email: z.string().trim().min(1, 'Vui lòng nhập email.').max(254, 'Email quá dài.').pipe(z.email('Email không hợp lệ.')) });

const setPasswordSchema = z
  .object({
    token: z.string().max(100),
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`)
      .max(PASSWORD_MAX_LENGTH, `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'Hai lần nhập mật khẩu chưa khớp.' });

export const requestPasswordResetAction = defineAction({ permission: 'public', schema: requestSchema }, async ({ email }) => {
  const outcome = await requestPasswordReset(email, (await requestIp()) ?? 'unknown');
  return outcome === 'rate-limited' ? failure(RESET_RATE_LIMITED_MESSAGE) : success(RESET_REQUESTED_MESSAGE);
});

// Passwords are never handed back into the form.
export const setPasswordWithTokenAction = defineAction(
  { permission: 'public', schema: setPasswordSchema, echo: ['token'], forget: ['password', 'confirm'] },
  async ({ token, password }) => {
    const outcome = await setPasswordWithToken(token, password, await requestIp());
    if (outcome === 'invalid') return failure(INVALID_LINK_MESSAGE);
    return success('Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ của tài khoản đã kết thúc; vui lòng đăng nhập bằng mật khẩu mới.');
  },
);
