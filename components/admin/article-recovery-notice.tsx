'use client';

import { Button } from '@/components/ui/button';
import { timeLabel } from './article-form-types';
import type { Recovery } from './use-article-recovery';

export function ArticleRecoveryNotice({ recovery, onRestore, onDiscard }: { recovery: Recovery; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-3">
      <p className="font-semibold">Có bản tự lưu lúc {timeLabel(recovery.savedAt)} mới hơn bản đã lưu.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button onClick={onRestore}>Khôi phục bản tự lưu</Button>
        <Button variant="secondary" onClick={onDiscard}>
          Bỏ bản tự lưu
        </Button>
      </div>
    </div>
  );
}
