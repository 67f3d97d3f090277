'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { saveRetentionAction } from '@/lib/actions/stats';
import { useActionForm } from './use-action-form';

export function RetentionForm({ days }: { days: number }) {
  const { onSubmit, pending, formRef, errors } = useActionForm(saveRetentionAction, { onSuccess: () => undefined });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3" aria-label="Thời gian lưu">
      <FormField
        label="Số ngày giữ lượt xem chi tiết"
        name="retentionDays"
        type="number"
        min={7}
        max={3650}
        defaultValue={days}
        errors={errors?.retentionDays}
      />
      <Button type="submit" size="sm" pending={pending}>
        Lưu
      </Button>
    </form>
  );
}
