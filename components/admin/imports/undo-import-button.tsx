'use client';

import { ConfirmButton } from '@/components/ui/confirm-button';
import { useActionForm } from '@/components/admin/use-action-form';
import { undoImportAction } from '@/lib/actions/wordpress-import';

export function UndoImportButton({ id, fileName }: { id: string; fileName: string }) {
  const { pending, onSubmit, formRef } = useActionForm(undoImportAction, { refresh: true });
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="id" value={id} />
      <ConfirmButton
        size="sm"
        pending={pending}
        confirmMessage={`Hoàn tác lần nhập “${fileName}”? Các bài viết, trang, ảnh và chuyển hướng do lần nhập này tạo ra sẽ bị xóa.`}
      >
        Hoàn tác
      </ConfirmButton>
    </form>
  );
}
