'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import { deletePageAction } from '@/lib/actions/pages';
import { INITIAL_BULK_STATE, type BulkState } from '@/lib/actions/article-results';

export function StaticPageDelete({ id, title }: { id: string; title: string }) {
  const toast = useToast();
  const router = useRouter();
  const [, action, pending] = useActionState(async (previous: BulkState, formData: FormData) => {
    const result = await deletePageAction(previous, formData);
    if (result.ok) {
      toast.success(result.message ?? 'Đã xoá.');
      router.refresh();
    } else toast.error(result.message ?? 'Không xoá được.');
    return result;
  }, INITIAL_BULK_STATE);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <ConfirmButton size="sm" pending={pending} confirmMessage={`Xoá trang “${title}”?`}>
        Xoá
      </ConfirmButton>
    </form>
  );
}
