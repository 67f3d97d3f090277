'use server';

import { requirePermission } from '@/lib/auth/current-user';
import { requestIp } from '@/lib/auth/client-ip';
import { setContactMessageHandled, storeContactMessage } from '@/lib/data/contact-messages';
import { checkFormToken } from '@/lib/decree/form-token';
import { contactMessageSchema } from '@/lib/validation/contact';
import { mediaIdSchema, type FormState } from '@/lib/validation/media';
import { fieldErrors, formValues } from './form-values';
import { asForm } from './form-input';

// The public contact form: no sign-in, so spam is held off by a honeypot field (`website`,
// hidden from people), a signed render time (at least 3 s to fill in) and a per-IP limit.
// Nothing is emailed: staff read messages in the admin inbox.

const FIELDS = ['name', 'email', 'subject', 'message'] as const;
const REJECTED = 'Không gửi được tin nhắn. Vui lòng tải lại trang và thử lại.';

export async function sendContactMessageAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const values = formValues(formData, FIELDS);
  const honeypot = formData.get('website');
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return { ok: false, message: REJECTED, values, at: Date.now() };
  const token = checkFormToken(formData.get('formToken'));
  if (token === 'invalid') return { ok: false, message: REJECTED, values, at: Date.now() };
  if (token === 'too-fast') return { ok: false, message: 'Bạn gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi gửi lại sau vài giây.', values, at: Date.now() };
  const parsed = contactMessageSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const outcome = await storeContactMessage(parsed.data, (await requestIp()) ?? 'unknown');
  if (outcome === 'rate-limited') return { ok: false, message: 'Bạn đã gửi nhiều tin nhắn trong một giờ qua. Vui lòng thử lại sau.', values, at: Date.now() };
  return { ok: true, message: 'Cảm ơn bạn. Tin nhắn đã được gửi tới Trung tâm.', at: Date.now() };
}

export async function setContactMessageHandledAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('contact.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  const handled = formData.get('handled') === 'true';
  if (!id.success || !(await setContactMessageHandled(id.data, handled, user))) return { ok: false, message: 'Tin nhắn không còn tồn tại.', at: Date.now() };
  return { ok: true, message: handled ? 'Đã đánh dấu đã xử lý.' : 'Đã chuyển về chưa xử lý.', at: Date.now() };
}
