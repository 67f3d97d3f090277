'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import { changeArticleStatusAction, trashArticlesAction } from '@/lib/actions/articles';
import { INITIAL_BULK_STATE, type BulkState } from '@/lib/actions/article-results';
import type { ArticleStatusValue } from '@/lib/validation/article';

// Editors' status buttons on the edit screen: unpublish / return to draft, archive, trash.
export function ArticleStatusActions({ id, status, canTrash }: { id: string; status: ArticleStatusValue; canTrash: boolean }) {
  const toast = useToast();
  const router = useRouter();
  const wrap = (action: (previous: BulkState, formData: FormData) => Promise<BulkState>, after?: () => void) =>
    async (previous: BulkState, formData: FormData) => {
      const result = await action(previous, formData);
      if (result.ok) {
        toast.success(result.message ?? 'Xong.');
        if (after) after();
        else router.refresh();
      } else toast.error(result.message ?? 'Không thực hiện được.');
      return result;
    };
  const [, change, changing] = useActionState(wrap(changeArticleStatusAction), INITIAL_BULK_STATE);
  const [, trash, trashing] = useActionState(wrap(trashArticlesAction, () => router.push('/quan-tri/tin-tuc')), INITIAL_BULK_STATE);

  return (
    <form className="flex flex-wrap gap-2 rounded border border-slate-200 bg-white p-4" aria-label="Thao tác trạng thái">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="ids" value={id} />
      {status !== 'DRAFT' && (
        <Button type="submit" size="sm" variant="secondary" name="to" value="DRAFT" formAction={change} pending={changing}>
          {status === 'PENDING_REVIEW' ? 'Trả về bản nháp' : 'Gỡ xuống (về bản nháp)'}
        </Button>
      )}
      {status !== 'ARCHIVED' && (
        <Button type="submit" size="sm" variant="secondary" name="to" value="ARCHIVED" formAction={change} pending={changing}>
          Lưu trữ
        </Button>
      )}
      {canTrash && (
        <ConfirmButton size="sm" formAction={trash} pending={trashing} confirmMessage="Chuyển bài viết này vào thùng rác?">
          Chuyển vào thùng rác
        </ConfirmButton>
      )}
    </form>
  );
}
