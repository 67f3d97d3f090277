'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { failure, success } from '@/lib/actions/action-result';
import { retryMail, sendTestMail } from '@/lib/data/staff/mail-queue';

const GONE = 'Thư này không còn trong hàng đợi hoặc đã được gửi.';
const NOT_CONFIGURED = 'Chưa cấu hình máy chủ thư, nên chưa thể gửi lại.';

export const retryMailAction = defineAction(
  { permission: 'mail.manage', schema: z.object({ id: z.uuid(GONE) }), invalidMessage: GONE },
  async ({ id }, { user }) => {
    const result = await retryMail(id, user);
    if (result === 'not-found') return failure(GONE);
    if (result === 'not-configured') return failure(NOT_CONFIGURED);
    refresh();
    return success('Đã đưa thư trở lại hàng đợi; thư sẽ được gửi trong ít giây.');
  },
);

export const sendTestMailAction = defineAction({ permission: 'mail.manage', schema: z.object({}) }, async (_input, { user }) => {
  await sendTestMail(user);
  refresh();
  return success(`Đã xếp thư thử gửi tới ${user.email} vào hàng đợi.`);
});
