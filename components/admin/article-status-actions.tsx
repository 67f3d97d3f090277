'use client';

import { useTransition, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/actions/action-result';
import { changeArticleStatusAction, trashArticlesAction } from '@/lib/actions/articles';
import type { ArticleStatusValue } from '@/lib/validation/article';
import { ArticleReturnToAuthor } from './article-return-to-author';

// Editors' status buttons, in the editor's publishing panel: unpublish / return to draft,
// archive, trash. They follow the status on screen, so they appear as soon as an article is
// published, without a reload. Plain buttons, not a form: they sit inside the article form.
export function ArticleStatusActions({ id, status, canTrash }: { id: string; status: ArticleStatusValue; canTrash: boolean }) {
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function run(event: MouseEvent, call: () => Promise<ActionResult>, after: () => void) {
    event.preventDefault();
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return void toast.error(result.message);
      toast.success(result.message);
      after();
    });
  }
  // The edit screen is read again from the server (new status and version).
  const reopen = () => {
    router.replace(`/quan-tri/tin-tuc/${id}`);
    router.refresh();
  };
  const change = (event: MouseEvent, to: 'DRAFT' | 'ARCHIVED') => run(event, () => changeArticleStatusAction({ id, to }), reopen);

  return (
    <div role="group" className="flex flex-wrap gap-2 border-t border-slate-200 pt-3" aria-label="Thao tác trạng thái">
      {status === 'PENDING_REVIEW' && <ArticleReturnToAuthor articleId={id} />}
      {status !== 'DRAFT' && status !== 'PENDING_REVIEW' && (
        <Button size="sm" variant="secondary" pending={pending} onClick={(event) => change(event, 'DRAFT')}>
          Gỡ xuống (về bản nháp)
        </Button>
      )}
      {status !== 'ARCHIVED' && (
        <Button size="sm" variant="secondary" pending={pending} onClick={(event) => change(event, 'ARCHIVED')}>
          Lưu trữ
        </Button>
      )}
      {canTrash && (
        <ConfirmButton
          size="sm"
          pending={pending}
          confirmMessage="Chuyển bài viết này vào thùng rác?"
          onClick={(event) =>
            run(
              event,
              () => trashArticlesAction({ ids: [id] }),
              () => router.push('/quan-tri/tin-tuc'),
            )
          }
        >
          Chuyển vào thùng rác
        </ConfirmButton>
      )}
    </div>
  );
}
