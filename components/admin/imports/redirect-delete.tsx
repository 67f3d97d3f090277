'use client';

import { ConfirmButton } from '@/components/ui/confirm-button';
import { useActionForm } from '@/components/admin/use-action-form';
import { deleteRedirectAction } from '@/lib/actions/redirects';

export function RedirectDelete({ id, fromPath }: { id: string; fromPath: string }) {
  const { pending, onSubmit, formRef } = useActionForm(deleteRedirectAction, { refresh: true });
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="id" value={id} />
      <ConfirmButton size="sm" pending={pending} confirmMessage={`Xóa chuyển hướng từ “${fromPath}”?`} aria-label={`Xóa chuyển hướng ${fromPath}`}>
        Xóa
      </ConfirmButton>
    </form>
  );
}
