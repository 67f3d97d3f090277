'use server';

import { getCurrentSessionId } from '@/lib/auth/current-user';
import * as sessions from '@/lib/data/staff/sessions';
import { emptySchema, sessionIdSchema, userIdSchema } from '@/lib/validation/account-security';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

const INVALID_REQUEST = 'Yêu cầu không hợp lệ.';

/** Ends one of the caller's sessions (another device, or this one: then this page asks to sign in again). */
export const endSessionAction = defineAction(
  { permission: 'account.sessions', schema: sessionIdSchema, refresh: true, invalidMessage: INVALID_REQUEST },
  async ({ id }, { user }) =>
    (await sessions.endOwnSession(user, id)) === 'ok' ? success('Đã kết thúc phiên đăng nhập.') : failure('Phiên đăng nhập này không còn hoạt động.'),
);

export const endOtherSessionsAction = defineAction(
  { permission: 'account.sessions', schema: emptySchema, refresh: true, invalidMessage: INVALID_REQUEST },
  async (_input, { user }) => {
    const count = await sessions.endOtherSessions(user, await getCurrentSessionId());
    return success(count > 0 ? `Đã kết thúc ${count} phiên đăng nhập khác.` : 'Không có phiên đăng nhập nào khác.');
  },
);

/** Admin: signs a user out everywhere. */
export const endUserSessionsAction = defineAction(
  { permission: 'user.manage', schema: userIdSchema, refresh: true, invalidMessage: INVALID_REQUEST },
  async ({ id }, { user }) =>
    (await sessions.endAllSessionsOfUser(id, user)) === 'ok'
      ? success('Đã kết thúc mọi phiên đăng nhập của người dùng.')
      : failure('Người dùng không còn tồn tại.'),
);
