'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { createRedirectAction } from '@/lib/actions/redirects';
import { redirectSchema } from '@/lib/validation/redirects';

export function RedirectForm() {
  const { errors, onSubmit, pending, formRef, formKey, values } = useActionForm(createRedirectAction, { schema: redirectSchema, refresh: true });
  return (
    <form
      key={formKey}
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
    >
      <FormField
        key={`from-${values?.fromPath ?? ''}`}
        label="Địa chỉ cũ"
        name="fromPath"
        required
        maxLength={500}
        placeholder="/2023/05/tin-cu"
        defaultValue={values?.fromPath ?? ''}
        errors={errors?.fromPath}
        hint="Đường dẫn trên trang này, hoặc địa chỉ đầy đủ của trang cũ."
      />
      <FormField
        key={`to-${values?.toPath ?? ''}`}
        label="Địa chỉ mới"
        name="toPath"
        required
        maxLength={500}
        placeholder="/tin-tuc/tin-moi"
        defaultValue={values?.toPath ?? ''}
        errors={errors?.toPath}
      />
      <div className="sm:pt-6">
        <Button type="submit" pending={pending}>
          Thêm chuyển hướng
        </Button>
      </div>
    </form>
  );
}
