'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import type { ActionResult } from '@/lib/actions/action-result';
import { askQuestionAction } from '@/lib/actions/questions';
import { QUESTION_TOPICS } from '@/lib/citizens/topics';

/**
 * The public question form (same bot checks as the contact form: `website` honeypot, signed
 * render time). On success it shows the tracking code, the asker's only way back to the answer.
 */
export function QuestionForm({ formToken }: { formToken: string }) {
  const [state, action, pending] = useActionState<ActionResult<{ code: string }> | null, FormData>(askQuestionAction, null, '/hoi-dap/gui-cau-hoi');
  const code = state?.ok ? state.data?.code : undefined;
  if (state && code) {
    return (
      <div role="status" className="rounded border border-green-300 bg-green-50 p-4 text-green-900">
        <p className="font-semibold">{state.message}</p>
        <p className="mt-2">
          Mã tra cứu của bạn:{' '}
          <strong className="font-mono text-xl tracking-wider" data-testid="ma-tra-cuu">
            {code}
          </strong>
        </p>
        <p className="mt-2 text-sm">
          Hãy ghi lại mã này. Bạn xem tình trạng xử lý và câu trả lời tại trang{' '}
          <a href={`/hoi-dap/tra-cuu?ma=${encodeURIComponent(code)}`} className="font-semibold underline">
            Tra cứu câu hỏi
          </a>
          .
        </p>
      </div>
    );
  }
  const value = (name: string) => state?.values?.[name] ?? '';
  const errors = state?.errors ?? {};
  const topicError = errors.topic?.[0];
  return (
    <form
      action={action}
      noValidate
      className="space-y-4 rounded border border-slate-200 bg-white p-5"
      aria-label="Gửi câu hỏi cho Trung tâm"
      key={state?.at ?? 0}
    >
      <FormError message={state?.errors ? undefined : state?.message} />
      <input type="hidden" name="formToken" value={formToken} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          Website (để trống)
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <FormField label="Họ và tên" name="name" required maxLength={120} autoComplete="name" defaultValue={value('name')} errors={errors.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Email (không bắt buộc)"
          name="email"
          type="email"
          maxLength={254}
          autoComplete="email"
          defaultValue={value('email')}
          errors={errors.email}
        />
        <FormField
          label="Số điện thoại (không bắt buộc)"
          name="phone"
          type="tel"
          maxLength={30}
          autoComplete="tel"
          defaultValue={value('phone')}
          errors={errors.phone}
        />
      </div>
      <div>
        <label htmlFor="linh-vuc" className="block text-sm font-semibold text-slate-800">
          Lĩnh vực <span aria-hidden="true">*</span>
        </label>
        <select
          id="linh-vuc"
          name="topic"
          required
          defaultValue={value('topic')}
          aria-invalid={topicError ? true : undefined}
          aria-describedby={topicError ? 'linh-vuc-loi' : undefined}
          className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-slate-900"
        >
          <option value="">Chọn lĩnh vực</option>
          {QUESTION_TOPICS.map((topic) => (
            <option key={topic.code} value={topic.code}>
              {topic.label}
            </option>
          ))}
        </select>
        {topicError && (
          <p id="linh-vuc-loi" className="mt-1 text-sm font-medium text-red-700">
            {topicError}
          </p>
        )}
      </div>
      <FormField label="Nội dung câu hỏi" name="body" multiline rows={7} required maxLength={5000} defaultValue={value('body')} errors={errors.body} />
      <p className="text-sm text-slate-600">
        Email và số điện thoại chỉ để cán bộ liên hệ khi cần, không bao giờ được công khai. Nếu câu hỏi được đăng cùng câu trả lời, tên của bạn được viết tắt.
      </p>
      <Button type="submit" pending={pending}>
        {pending ? 'Đang gửi…' : 'Gửi câu hỏi'}
      </Button>
    </form>
  );
}
