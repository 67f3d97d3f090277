'use client';

import { useState, useTransition, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/actions/action-result';
import { cancelScheduleAction, setHideAfterAction } from '@/lib/actions/article-schedule';
import { utcToHoChiMinhLocal } from '@/lib/validation/schedule-time';
import type { ArticleStatusValue } from '@/lib/validation/article';
import { timeLabel } from './article-form-types';
import { ArticleScheduleField } from './article-schedule-field';

// Issue 18 part 6, in the publishing panel: cancel a scheduled publication and the "Ẩn sau"
// date the scheduler takes a published article down at. Plain buttons (they sit inside the
// article form); after a change the edit screen is read again (new version).
export function ArticleScheduleControls({
  articleId,
  version,
  status,
  unpublishAt,
}: {
  articleId: string;
  version: number;
  status: ArticleStatusValue;
  unpublishAt: string | null;
}) {
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [hideAt, setHideAt] = useState(() => (unpublishAt ? utcToHoChiMinhLocal(new Date(unpublishAt)) : ''));
  const [error, setError] = useState<string | undefined>();

  function run(event: MouseEvent, call: () => Promise<ActionResult<{ version: number }>>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setError(result.message);
        return void toast.error(result.message);
      }
      setError(undefined);
      toast.success(result.message);
      router.refresh();
    });
  }

  return (
    <div className="space-y-2 border-t border-slate-200 pt-3">
      {status === 'SCHEDULED' && (
        <ConfirmButton
          size="sm"
          variant="secondary"
          pending={pending}
          confirmMessage="Huỷ hẹn giờ đăng? Bài viết sẽ về bản nháp."
          onClick={(event) => run(event, () => cancelScheduleAction({ id: articleId, version }))}
        >
          Huỷ hẹn giờ
        </ConfirmButton>
      )}
      {unpublishAt && <p className="text-sm">Tự ẩn lúc {timeLabel(unpublishAt)}.</p>}
      <ArticleScheduleField legend="Ẩn sau (không bắt buộc)" initial={hideAt} onChange={setHideAt} errors={error ? [error] : undefined} />
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          pending={pending}
          onClick={(event) => run(event, () => setHideAfterAction({ id: articleId, version, when: hideAt }))}
        >
          Đặt giờ ẩn
        </Button>
        {unpublishAt && (
          <Button size="sm" variant="ghost" pending={pending} onClick={(event) => run(event, () => setHideAfterAction({ id: articleId, version, when: '' }))}>
            Bỏ giờ ẩn
          </Button>
        )}
      </div>
    </div>
  );
}
