'use client';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { importWordpressAction } from '@/lib/actions/wordpress-import';

/** Upload of a WordPress export (WXR); the report appears in the list below after the import. */
export function WordpressImportForm() {
  const { errors, onSubmit, pending, formRef, formKey, state } = useActionForm(importWordpressAction, { refresh: true });
  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <FormField
        label="Tệp xuất từ WordPress (.xml)"
        name="file"
        type="file"
        accept=".xml,text/xml,application/xml"
        required
        errors={errors?.file}
        hint="Trong WordPress: Công cụ → Xuất → Tất cả nội dung. Ảnh được tải từ trang cũ nếu trang cũ còn hoạt động; ảnh không tải được sẽ được liệt kê trong báo cáo."
      />
      <Button type="submit" pending={pending}>
        Nhập nội dung
      </Button>
      {state ? (
        <p role="status" className={state.ok ? 'text-sm text-green-800' : 'text-sm text-red-700'}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
