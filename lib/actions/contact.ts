'use server';

import { z } from 'zod';
import { requestIp } from '@/lib/auth/client-ip';
import { setContactMessageHandled, storeContactMessage } from '@/lib/data/contact-messages';
import { checkFormToken } from '@/lib/decree/form-token';
import { recordIdSchema } from '@/lib/validation/common';
import { contactSubmissionSchema, CONTACT_FIELDS } from '@/lib/validation/contact';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// The public contact form: no sign-in, so spam is held off by a honeypot field (`website`,
// hidden from people), a signed render time (at least 3 s to fill in) and a per-IP limit.
// Nothing is emailed: staff read messages in the admin inbox.

const REJECTED = 'Không gửi được tin nhắn. Vui lòng tải lại trang và thử lại.';

export const sendContactMessageAction = defineAction(
  { permission: 'public', schema: contactSubmissionSchema, echo: CONTACT_FIELDS },
  async ({ website, formToken, ...message }) => {
    if (website.trim() !== '') return failure(REJECTED);
    const token = checkFormToken(formToken);
    if (token === 'invalid') return failure(REJECTED);
    if (token === 'too-fast') return failure('Bạn gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi gửi lại sau vài giây.');
    const outcome = await storeContactMessage(message, (await requestIp()) ?? 'unknown');
    if (outcome === 'rate-limited') return failure('Bạn đã gửi nhiều tin nhắn trong một giờ qua. Vui lòng thử lại sau.');
    return success('Cảm ơn bạn. Tin nhắn đã được gửi tới Trung tâm.');
  },
);

const GONE = 'Tin nhắn không còn tồn tại.';

export const setContactMessageHandledAction = defineAction(
  {
    permission: 'contact.manage',
    schema: recordIdSchema.extend({
      handled: z
        .unknown()
        .optional()
        .transform((value) => value === 'true'),
    }),
    invalidMessage: GONE,
  },
  async ({ id, handled }, { user }) => {
    if (!(await setContactMessageHandled(id, handled, user))) return failure(GONE);
    return success(handled ? 'Đã đánh dấu đã xử lý.' : 'Đã chuyển về chưa xử lý.');
  },
);
