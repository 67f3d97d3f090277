'use client';

import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { deletePageAction } from '@/lib/actions/pages';
import { useActionForm } from './use-action-form';

export function StaticPageDelete({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const { pending, onSubmit, formRef } = useActionForm(deletePageAction, { onSuccess: () => router.refresh() });
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="id" value={id} />
      <ConfirmButton size="sm" pending={pending} confirmMessage={`Xoá trang “${title}”?`}>
        Xoá
      </ConfirmButton>
    </form>
  );
}
