'use server';

import * as twoFactor from '@/lib/data/staff/two-factor';
import { emptySchema, twoFactorCodeSchema, twoFactorPolicySchema, userIdSchema } from '@/lib/validation/account-security';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

const WRONG_CODE = 'Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng.';
const INVALID_REQUEST = 'Yêu cầu không hợp lệ.';

/** Starts enrolment: a new secret waits for its first code; the page then shows its QR code. */
export const startTwoFactorAction = defineAction(
  { permission: 'account.twoFactor', schema: emptySchema, refresh: true, invalidMessage: INVALID_REQUEST },
  async (_input, { user }) =>
    (await twoFactor.startEnrolment(user.id)) === 'ok'
      ? success('Đã tạo khóa bí mật. Hãy quét mã QR bằng ứng dụng xác thực rồi nhập mã để xác nhận.')
      : failure('Xác thực hai bước đã được bật cho tài khoản này.'),
);

export interface RecoveryCodesData {
  recoveryCodes: string[];
}

/** Finishes enrolment with a code; the ten recovery codes are returned once, to be shown once. */
export const confirmTwoFactorAction = defineAction({ permission: 'account.twoFactor', schema: twoFactorCodeSchema, echo: [] }, async ({ code }, { user }) => {
  const result = await twoFactor.confirmEnrolment(user, code);
  if (!result.ok) {
    return result.reason === 'wrong-code'
      ? failure<RecoveryCodesData>(WRONG_CODE, { code: [WRONG_CODE] })
      : failure<RecoveryCodesData>('Chưa bắt đầu bật xác thực hai bước, hoặc đã bật rồi. Vui lòng tải lại trang.');
  }
  return success<RecoveryCodesData>('Đã bật xác thực hai bước.', { recoveryCodes: result.recoveryCodes });
});

/** The user turns their own second factor off (a current code or recovery code is required). */
export const disableTwoFactorAction = defineAction(
  { permission: 'account.twoFactor', schema: twoFactorCodeSchema, echo: [], refresh: true },
  async ({ code }, { user }) => {
    const result = await twoFactor.disableOwnSecondFactor(user, code);
    if (result === 'required') return failure('Vai trò của bạn bắt buộc dùng xác thực hai bước, nên không thể tắt.');
    if (result === 'wrong-code') return failure(WRONG_CODE, { code: [WRONG_CODE] });
    return success('Đã tắt xác thực hai bước.');
  },
);

/** An admin removes a user's second factor (lost phone): audited; the user's sessions end. */
export const resetTwoFactorAction = defineAction(
  { permission: 'user.manage', schema: userIdSchema, refresh: true, invalidMessage: INVALID_REQUEST },
  async ({ id }, { user }) =>
    (await twoFactor.resetSecondFactor(id, user)) === 'ok'
      ? success('Đã gỡ xác thực hai bước của tài khoản; người dùng sẽ phải bật lại nếu vai trò bắt buộc.')
      : failure('Người dùng không còn tồn tại.'),
);

/** Which roles must use a second factor (admin setting). */
export const saveTwoFactorPolicyAction = defineAction(
  { permission: 'settings.manage', schema: twoFactorPolicySchema, refresh: true, invalidMessage: INVALID_REQUEST },
  async ({ policy }, { user }) => {
    await twoFactor.saveTwoFactorPolicy(policy, user);
    return success('Đã lưu quy định xác thực hai bước.');
  },
);
