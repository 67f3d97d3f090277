'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { scheduleMaintenanceAction } from '@/lib/actions/maintenance';
import { NOTICE_WORKING_DAYS, workingDaysUntil } from '@/lib/citizens/working-days';
import { parseVietnamDateTime } from '@/lib/citizens/vietnam-time';
import { useActionForm } from './use-action-form';

/** Schedules a suspension notice; warns while typing when the start is under 7 working days away. */
export function MaintenanceForm() {
  const { onSubmit, pending, formRef, errors, values, formKey } = useActionForm(scheduleMaintenanceAction);
  const [start, setStart] = useState('');
  const startsAt = parseVietnamDateTime(start);
  const days = startsAt ? workingDaysUntil(startsAt) : null;
  return (
    <form
      key={formKey}
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded border border-slate-200 bg-white p-4"
      aria-label="Lên lịch tạm ngừng"
    >
      <FormField
        label="Nội dung thông báo"
        name="message"
        multiline
        rows={3}
        required
        maxLength={1000}
        defaultValue={values?.message}
        errors={errors?.message}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField
          label="Đăng thông báo từ"
          name="publishAt"
          placeholder="dd/mm/yyyy hh:mm"
          required
          defaultValue={values?.publishAt}
          errors={errors?.publishAt}
        />
        <FormField
          label="Bắt đầu tạm ngừng"
          name="startsAt"
          placeholder="dd/mm/yyyy hh:mm"
          required
          defaultValue={values?.startsAt}
          errors={errors?.startsAt}
          onChange={(event) => setStart(event.target.value)}
        />
        <FormField label="Kết thúc" name="endsAt" placeholder="dd/mm/yyyy hh:mm" required defaultValue={values?.endsAt} errors={errors?.endsAt} />
      </div>
      <p className="text-sm text-slate-600">
        Giờ Việt Nam. Trong thời gian tạm ngừng, bạn đọc thấy trang thông báo bảo trì; cán bộ vẫn đăng nhập và làm việc bình thường.
      </p>
      {days !== null && days < NOTICE_WORKING_DAYS && (
        <p role="alert" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm font-semibold text-amber-900">
          Chỉ còn {days} ngày làm việc trước khi tạm ngừng: quy định yêu cầu thông báo trước ít nhất {NOTICE_WORKING_DAYS} ngày làm việc (NĐ 224/2026, Điều 13).
        </p>
      )}
      <Button type="submit" pending={pending}>
        Lên lịch
      </Button>
    </form>
  );
}
