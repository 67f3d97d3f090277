'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { FieldErrors } from '@/lib/actions/action-result';
import { STATUS_LABELS, type ArticleStatusValue, type SaveIntent } from '@/lib/validation/article';
import { ArticleScheduleControls } from './article-schedule-controls';
import { ArticleScheduleField } from './article-schedule-field';
import { ArticleStatusActions } from './article-status-actions';

export interface PublishPanelProps {
  articleId: string | null;
  /** The version on screen, for the schedule controls' optimistic lock. */
  version?: number;
  unpublishAt?: string | null;
  status: ArticleStatusValue;
  autosaveLabel: string;
  pending: boolean;
  canPublish: boolean;
  canChangeStatus: boolean;
  canTrash: boolean;
  initialSchedule: string;
  onSchedule: (local: string) => void;
  onSave: (intent: SaveIntent) => void;
  onPreview: () => void;
  errors: FieldErrors;
}

// The side panel's publishing box: status, autosave state, the workflow buttons (one button
// per distinct outcome), scheduling, preview, versions and the editors' status changes.
export function ArticlePublishPanel(props: PublishPanelProps) {
  const { articleId, status, pending, canPublish } = props;
  const published = status === 'PUBLISHED';
  return (
    <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-label="Xuất bản">
      <p>
        Trạng thái: <strong data-testid="article-status">{STATUS_LABELS[status]}</strong>
      </p>
      <p className="min-h-5 text-sm text-slate-600" aria-live="polite" data-testid="autosave-status">
        {props.autosaveLabel}
      </p>
      <div className="flex flex-wrap gap-2">
        {published ? (
          // A published article: "Lưu thay đổi" keeps the edit pending (readers keep the
          // published text), "Cập nhật bài" publishes what is on screen.
          <>
            <Button type="submit" variant="secondary" pending={pending}>
              Lưu thay đổi
            </Button>
            <Button pending={pending} onClick={() => props.onSave('publish')}>
              Cập nhật bài
            </Button>
          </>
        ) : (
          <Button type="submit" variant="secondary" pending={pending}>
            Lưu nháp
          </Button>
        )}
        {!canPublish && status === 'DRAFT' && (
          <Button pending={pending} onClick={() => props.onSave('submit')}>
            Gửi duyệt
          </Button>
        )}
        {canPublish && !published && (
          <Button pending={pending} onClick={() => props.onSave('publish')}>
            Xuất bản
          </Button>
        )}
      </div>
      {canPublish && !published && (
        <div className="space-y-2 border-t border-slate-200 pt-3">
          <ArticleScheduleField initial={props.initialSchedule} onChange={props.onSchedule} errors={props.errors.scheduledAt} />
          <Button variant="secondary" pending={pending} onClick={() => props.onSave('schedule')}>
            {status === 'SCHEDULED' ? 'Đổi giờ đăng' : 'Hẹn giờ đăng'}
          </Button>
        </div>
      )}
      {articleId && canPublish && (status === 'SCHEDULED' || published) && (
        <ArticleScheduleControls articleId={articleId} version={props.version ?? 1} status={status} unpublishAt={props.unpublishAt ?? null} />
      )}
      {articleId && (
        <p className="flex flex-wrap gap-3 border-t border-slate-200 pt-3 text-sm">
          <Button size="sm" variant="ghost" onClick={props.onPreview}>
            Xem trước
          </Button>
          <Link className="self-center text-brand-700 underline" href={`/quan-tri/tin-tuc/${articleId}/phien-ban`}>
            Các phiên bản
          </Link>
        </p>
      )}
      {articleId && props.canChangeStatus && <ArticleStatusActions id={articleId} status={status} canTrash={props.canTrash} />}
    </section>
  );
}
