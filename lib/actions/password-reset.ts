'use server';

import { z } from 'zod';
import { requestIp } from '@/lib/auth/client-ip';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { requestPasswordReset, setPasswordWithToken } from '@/lib/data/password-reset';
import type { FormState } from '@/lib/validation/form-state';
import { INVALID_LINK_MESSAGE, RESET_RATE_LIMITED_MESSAGE, RESET_REQUESTED_MESSAGE } from '@/lib/auth/reset-messages';
import { asForm } from './form-input';
import { fieldErrors, formValues } from './form-values';

// Public by nature (the caller is not signed in). The answer to "Quên mật khẩu" never says
// whether the address has an account (lib/data/password-reset.ts).

const requestSchema = z.object({ email: z.string().trim().min(1, 'Vui lòng nhập email.').max(254, 'Email quá dài.').pipe(z.email('Email không hợp lệ.')) });

const setPasswordSchema = z
  .object({
    token: z.string().max(100),
    password: z.string().min(PASSWORD_MIN_LENGTH, `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`).max(PASSWORD_MAX_LENGTH, `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự.`),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'Hai lần nhập mật khẩu chưa khớp.' });

export async function requestPasswordResetAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const values = formValues(asForm(submitted), ['email']);
  const parsed = requestSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const outcome = await requestPasswordReset(parsed.data.email, (await requestIp()) ?? 'unknown');
  if (outcome === 'rate-limited') return { ok: false, message: RESET_RATE_LIMITED_MESSAGE, values, at: Date.now() };
  return { ok: true, message: RESET_REQUESTED_MESSAGE, at: Date.now() };
}

export async function setPasswordWithTokenAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const values = formValues(asForm(submitted), ['token', 'password', 'confirm']);
  const parsed = setPasswordSchema.safeParse(values);
  // Never hand a password back into the form.
  const kept = { token: values.token ?? '' };
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values: kept, at: Date.now() };
  const outcome = await setPasswordWithToken(parsed.data.token, parsed.data.password, await requestIp());
  if (outcome === 'invalid') return { ok: false, message: INVALID_LINK_MESSAGE, values: kept, at: Date.now() };
  return { ok: true, message: 'Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ của tài khoản đã kết thúc; vui lòng đăng nhập bằng mật khẩu mới.', at: Date.now() };
}
