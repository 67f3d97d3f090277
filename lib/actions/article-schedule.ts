'use server';

import { z } from 'zod';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { cancelSchedule, setHideAfter, type ScheduleChangeResult } from '@/lib/data/staff/article-schedule';
import { recordAudit } from '@/lib/data/staff/audit';
import { hoChiMinhLocalToUtc } from '@/lib/validation/schedule-time';
import { failure, success, type ActionResult } from './action-result';
import { defineAction } from './define-action';

// Issue 18 part 6: cancel a scheduled publication, set or clear "Ẩn sau". Editors only
// ('article.schedule'); each names the version on screen and is audited.

const idVersion = {
  id: z.uuid({ message: 'Không tìm thấy bài viết.' }),
  version: z.coerce.number({ message: 'Thiếu phiên bản của bài viết.' }).int().min(1, 'Thiếu phiên bản của bài viết.'),
};

/** "2026-11-26T08:30" (Vietnam time) in the future → Date; "" → null. */
function optionalFutureTime(message: string) {
  return z.string({ message }).transform((value, context) => {
    if (value.trim() === '') return null;
    const when = hoChiMinhLocalToUtc(value);
    if (!when) {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    if (when.getTime() <= Date.now()) {
      context.addIssue({ code: 'custom', message: 'Thời điểm phải ở tương lai.' });
      return z.NEVER;
    }
    return when;
  });
}

const MESSAGES: Record<Exclude<ScheduleChangeResult, { ok: true }>['reason'], string> = {
  'not-found': 'Không tìm thấy bài viết, hoặc bạn không có quyền với bài viết này.',
  conflict: 'Bài viết vừa được người khác lưu: hãy tải lại trang rồi thử lại.',
  'wrong-status': 'Bài viết không ở trạng thái phù hợp (chỉ bài hẹn giờ mới huỷ được giờ đăng; chỉ bài đã đăng hoặc hẹn giờ mới đặt được giờ ẩn).',
  'before-publication': 'Giờ ẩn phải sau thời điểm đăng bài.',
};

async function finish(
  result: ScheduleChangeResult,
  audit: { actor: { id: string; email: string }; action: string; id: string; summary: Record<string, string | null> },
  message: string,
): Promise<ActionResult<{ version: number }>> {
  if (!result.ok) return failure(MESSAGES[result.reason]);
  invalidatePublicContent(result.tags);
  await recordAudit({ actor: audit.actor, action: audit.action, entityType: 'Article', entityId: audit.id, summary: audit.summary });
  return success(message, { version: result.version });
}

const invalid = (errors: Partial<Record<string, string[]>>) => Object.values(errors).flat()[0] ?? 'Yêu cầu không hợp lệ.';

export const cancelScheduleAction = defineAction(
  { permission: 'article.schedule', schema: z.object(idVersion), invalidMessage: invalid },
  async ({ id, version }, { user }) =>
    finish(
      await cancelSchedule(user, id, version),
      { actor: user, action: 'article.cancelSchedule', id, summary: {} },
      'Đã huỷ hẹn giờ: bài viết về bản nháp.',
    ),
);

export const setHideAfterAction = defineAction(
  {
    permission: 'article.schedule',
    schema: z.object({ ...idVersion, when: optionalFutureTime('Chọn ngày giờ ẩn hợp lệ.') }),
    invalidMessage: invalid,
  },
  async ({ id, version, when }, { user }) =>
    finish(
      await setHideAfter(user, id, version, when),
      { actor: user, action: 'article.hideAfter', id, summary: { hideAt: when?.toISOString() ?? null } },
      when ? 'Đã đặt giờ ẩn bài viết.' : 'Đã bỏ giờ ẩn bài viết.',
    ),
);
