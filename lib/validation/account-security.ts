import { z } from 'zod';
import { TWO_FACTOR_POLICIES, type TwoFactorPolicy } from '@/lib/auth/two-factor';
import { uuid } from './common';

export const emptySchema = z.object({});

export const twoFactorCodeSchema = z.object({
  code: z.string('Vui lòng nhập mã xác thực.').trim().min(1, 'Vui lòng nhập mã xác thực.').max(24, 'Mã xác thực không đúng.'),
});

export const userIdSchema = z.object({ id: uuid });

export const twoFactorPolicySchema = z.object({
  policy: z.enum(TWO_FACTOR_POLICIES as [TwoFactorPolicy, ...TwoFactorPolicy[]], 'Lựa chọn không hợp lệ.'),
});

export const sessionIdSchema = z.object({ id: uuid });
