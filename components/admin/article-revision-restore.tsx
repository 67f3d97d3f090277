'use client';

import { ConfirmButton } from '@/components/ui/confirm-button';
import { restoreRevisionAction } from '@/lib/actions/articles';
import { useActionForm } from './use-action-form';

export function ArticleRevisionRestore({ revisionId, articleId }: { revisionId: string; articleId: string }) {
  const { pending, onSubmit, formRef } = useActionForm(restoreRevisionAction, { successHref: `/quan-tri/tin-tuc/${articleId}` });
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="revisionId" value={revisionId} />
      <ConfirmButton
        variant="primary"
        size="sm"
        pending={pending}
        confirmMessage="Khôi phục phiên bản này? Nội dung hiện tại vẫn được giữ trong danh sách phiên bản."
      >
        Khôi phục phiên bản này
      </ConfirmButton>
    </form>
  );
}
