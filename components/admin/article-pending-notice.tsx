'use client';

import Link from 'next/link';
import { useTransition, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import { discardPendingArticleAction } from '@/lib/actions/article-pending';

// Issue 18: a published article with saved changes readers don't see yet. "Cập nhật bài" (in
// the publishing panel) publishes what is on screen; this notice previews or discards them.
export function ArticlePendingNotice({ articleId, version }: { articleId: string; version: number }) {
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function discard(event: MouseEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await discardPendingArticleAction({ id: articleId, version });
      if (!result.ok) return void toast.error(result.message);
      toast.success(result.message);
      // The form reopens with the published text (its key names the version).
      router.refresh();
    });
  }

  return (
    <div role="status" className="rounded border border-sky-400 bg-sky-50 p-3" data-testid="article-pending-notice">
      <p className="font-semibold">Có thay đổi chưa xuất bản</p>
      <p className="text-sm text-slate-700">Bạn đọc vẫn thấy bản đã đăng. Bấm “Cập nhật bài” để đăng các thay đổi, hoặc bỏ chúng.</p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Link className="text-brand-700 underline" href={`/quan-tri/tin-tuc/${articleId}/xem-truoc`} target="_blank">
          Xem trước bản thay đổi
        </Link>
        <ConfirmButton size="sm" variant="secondary" pending={pending} confirmMessage="Bỏ mọi thay đổi chưa xuất bản của bài này?" onClick={discard}>
          Bỏ thay đổi
        </ConfirmButton>
      </div>
    </div>
  );
}
