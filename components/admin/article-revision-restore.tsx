'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import { restoreRevisionAction } from '@/lib/actions/articles';
import { INITIAL_BULK_STATE, type BulkState } from '@/lib/actions/article-results';

export function ArticleRevisionRestore({ revisionId, articleId }: { revisionId: string; articleId: string }) {
  const toast = useToast();
  const router = useRouter();
  const [, action, pending] = useActionState(async (previous: BulkState, formData: FormData) => {
    const result = await restoreRevisionAction(previous, formData);
    if (result.ok) {
      toast.success(result.message ?? 'Đã khôi phục.');
      router.push(`/quan-tri/tin-tuc/${articleId}`);
    } else toast.error(result.message ?? 'Không khôi phục được.');
    return result;
  }, INITIAL_BULK_STATE);
  return (
    <form action={action}>
      <input type="hidden" name="revisionId" value={revisionId} />
      <ConfirmButton variant="primary" size="sm" pending={pending} confirmMessage="Khôi phục phiên bản này? Nội dung hiện tại vẫn được giữ trong danh sách phiên bản.">
        Khôi phục phiên bản này
      </ConfirmButton>
    </form>
  );
}
