'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { sendContactMessageAction } from '@/lib/actions/contact';
import type { ActionResult } from '@/lib/actions/action-result';

/**
 * The public contact form. `website` is a honeypot: hidden from people (and from assistive
 * technology), so only bots fill it. `formToken` carries the signed time the form was rendered.
 */
export function ContactForm({ formToken }: { formToken: string }) {
  // The permalink becomes the form's action in the server HTML (without it React writes
  // action="", which is invalid HTML) and is where a submission before hydration lands.
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(sendContactMessageAction, null, '/lien-he');
  if (state?.ok) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-4 font-semibold text-green-900">
        {state.message}
      </p>
    );
  }
  const value = (name: string) => state?.values?.[name] ?? '';
  const errors = state?.errors ?? {};
  return (
    <form
      action={action}
      noValidate
      className="space-y-4 rounded border border-slate-200 bg-white p-5"
      aria-label="Gửi tin nhắn cho Trung tâm"
      key={state?.at ?? 0}
    >
      {/* Field errors speak for themselves; the banner says what no field can (too fast, rate limit). */}
      <FormError message={state?.errors ? undefined : state?.message} />
      <input type="hidden" name="formToken" value={formToken} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          Website (để trống)
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Họ và tên" name="name" required maxLength={120} autoComplete="name" defaultValue={value('name')} errors={errors.name} />
        <FormField label="Email" name="email" type="email" required maxLength={254} autoComplete="email" defaultValue={value('email')} errors={errors.email} />
      </div>
      <FormField label="Tiêu đề" name="subject" required maxLength={200} defaultValue={value('subject')} errors={errors.subject} />
      <FormField label="Nội dung" name="message" multiline rows={6} required maxLength={5000} defaultValue={value('message')} errors={errors.message} />
      <p className="text-sm text-slate-600">Tin nhắn được lưu để cán bộ của Trung tâm đọc và trả lời; chúng tôi không chia sẻ thông tin của bạn.</p>
      <Button type="submit" pending={pending}>
        {pending ? 'Đang gửi…' : 'Gửi tin nhắn'}
      </Button>
    </form>
  );
}
