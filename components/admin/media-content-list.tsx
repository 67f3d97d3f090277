'use client';

import { useState } from 'react';
import Link from 'next/link';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { ActionResult } from '@/lib/actions/action-result';
import { MediaThumb } from './media-thumb';
import { useActionCall, useActionForm } from './use-action-form';

// The list of videos, map documents or photo albums: move up/down (the order readers see; lists
// without a reorder action, like albums ordered by date, have no such buttons), publish or hide,
// edit, delete with confirmation. The server actions come in as props.

export interface ContentListItem {
  id: string;
  title: string;
  detail: string;
  published: boolean;
  editHref: string;
  thumbnailUrl: string | null;
  thumbnailLabel: string;
}

type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export interface MediaContentListProps {
  items: ContentListItem[];
  noun: string;
  reorderAction?: (ids: string[]) => Promise<ActionResult>;
  publishAction: FormAction;
  deleteAction: FormAction;
}

function Row({
  item,
  noun,
  index,
  count,
  onMove,
  moving,
  publishAction,
  deleteAction,
}: {
  item: ContentListItem;
  noun: string;
  index: number;
  count: number;
  onMove: ((from: number, to: number) => void) | null;
  moving: boolean;
  publishAction: FormAction;
  deleteAction: FormAction;
}) {
  const publish = useActionForm(publishAction, { refresh: true });
  const remove = useActionForm(deleteAction, { refresh: true });
  return (
    <li className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3" aria-label={item.title}>
      <div className="w-20 shrink-0">
        {item.thumbnailUrl ? (
          <MediaThumb mimeType="image/*" thumbnailUrl={item.thumbnailUrl} />
        ) : (
          <span className="flex aspect-square items-center justify-center rounded bg-slate-100 p-1 text-center text-xs font-semibold text-slate-600">
            {item.thumbnailLabel}
          </span>
        )}
      </div>
      <div className="min-w-0 flex-1">
        <Link href={item.editHref} className="font-semibold text-brand-700 underline">
          {item.title}
        </Link>
        <p className="text-sm text-slate-600">{item.detail}</p>
        <p className={`text-xs font-semibold ${item.published ? 'text-emerald-700' : 'text-slate-500'}`}>{item.published ? 'Đã xuất bản' : 'Chưa xuất bản'}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {onMove ? (
          <>
            <button
              type="button"
              disabled={index === 0 || moving}
              onClick={() => onMove(index, index - 1)}
              className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-40"
              aria-label={`Đưa “${item.title}” lên trên`}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={index === count - 1 || moving}
              onClick={() => onMove(index, index + 1)}
              className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-40"
              aria-label={`Đưa “${item.title}” xuống dưới`}
            >
              ↓
            </button>
          </>
        ) : null}
        <form onSubmit={publish.onSubmit}>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="published" value={item.published ? 'false' : 'true'} />
          <button type="submit" disabled={publish.pending} className="rounded border border-slate-300 px-2.5 py-1 text-sm font-semibold">
            {item.published ? 'Ẩn' : 'Xuất bản'}
          </button>
        </form>
        <form onSubmit={remove.onSubmit}>
          <input type="hidden" name="id" value={item.id} />
          <ConfirmButton
            size="sm"
            pending={remove.pending}
            confirmMessage={`Xóa ${noun} “${item.title}”? Thao tác này không hoàn tác được.`}
            aria-label={`Xóa “${item.title}”`}
          >
            Xóa
          </ConfirmButton>
        </form>
      </div>
    </li>
  );
}

export function MediaContentList({ items, noun, reorderAction, publishAction, deleteAction }: MediaContentListProps) {
  const [order, setOrder] = useState(items);
  const { run, pending: moving } = useActionCall();
  const [previousItems, setPreviousItems] = useState(items);
  if (items !== previousItems) {
    setPreviousItems(items);
    setOrder(items);
  }

  function move(from: number, to: number) {
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    setOrder(next);
    if (!reorderAction) return;
    run(() => reorderAction(next.map((item) => item.id)), { refresh: true, onDone: (result) => result.ok || setOrder(items) });
  }

  if (order.length === 0) return <p className="text-slate-600">Chưa có {noun} nào.</p>;
  return (
    <ol className="space-y-2" aria-busy={moving}>
      {order.map((item, index) => (
        <Row
          key={item.id}
          item={item}
          noun={noun}
          index={index}
          count={order.length}
          onMove={reorderAction ? move : null}
          moving={moving}
          publishAction={publishAction}
          deleteAction={deleteAction}
        />
      ))}
    </ol>
  );
}
