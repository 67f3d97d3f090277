'use client';

import { useOptimistic, useState, useTransition, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { moveInOrder, moveToPosition } from '@/lib/ordering/move';
import { Button } from '@/components/ui/button';

export interface SortableListProps<T extends { id: string }> {
  items: readonly T[];
  /** Accessible name of the list, e.g. "Thứ tự website liên kết". */
  label: string;
  /** The item's name, used in button labels and announcements. */
  itemName: (item: T) => string;
  /** Persists the new order (the action refreshes the page); false means it was refused. */
  onReorder: (ids: string[]) => Promise<boolean>;
  renderItem: (item: T) => ReactNode;
}

/**
 * A reorderable list: drag the handle with the mouse, or focus the handle and press the arrow
 * keys, or use the "Lên"/"Xuống" buttons. Each change is saved at once and announced.
 */
export function SortableList<T extends { id: string }>({ items, label, itemName, onReorder, renderItem }: SortableListProps<T>) {
  // The server's order, shown optimistically changed while a save runs; when the save ends the
  // refreshed server list takes over (and a failed save simply falls back to it).
  const [order, setOptimisticOrder] = useOptimistic(items.map((item) => item.id));
  const [dragging, setDragging] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pending, startTransition] = useTransition();

  const byId = new Map(items.map((item) => [item.id, item]));
  const visible = order.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);

  function commit(next: string[], movedId: string, focusHandle = false) {
    if (next.join() === order.join()) return;
    const item = byId.get(movedId);
    setAnnouncement(`${item ? itemName(item) : ''}: vị trí ${next.indexOf(movedId) + 1} trên ${next.length}.`);
    if (focusHandle) requestAnimationFrame(() => document.getElementById(`keo-${movedId}`)?.focus());
    startTransition(async () => {
      setOptimisticOrder(next);
      await onReorder(next);
    });
  }

  function onHandleKey(event: KeyboardEvent<HTMLButtonElement>, id: string) {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    commit(moveInOrder(order, id, event.key === 'ArrowUp' ? 'up' : 'down'), id, true);
  }

  function onDrop(event: DragEvent<HTMLLIElement>, targetId: string) {
    event.preventDefault();
    const id = dragging ?? event.dataTransfer.getData('text/plain');
    setDragging(null);
    if (id) commit(moveToPosition(order, id, targetId), id);
  }

  return (
    <>
      <ol aria-label={label} aria-busy={pending || undefined} className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {visible.map((item, index) => {
          const name = itemName(item);
          return (
            <li
              key={item.id}
              data-id={item.id}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, item.id)}
              className={`flex flex-wrap items-center gap-3 px-3 py-2 ${dragging === item.id ? 'opacity-50' : ''}`}
            >
              <button
                type="button"
                id={`keo-${item.id}`}
                draggable
                onDragStart={(event) => {
                  setDragging(item.id);
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', item.id);
                }}
                onDragEnd={() => setDragging(null)}
                onKeyDown={(event) => onHandleKey(event, item.id)}
                aria-label={`Kéo để sắp xếp “${name}” (hoặc dùng phím mũi tên lên/xuống)`}
                className="cursor-grab rounded px-1.5 py-1 text-slate-500 hover:bg-slate-100"
              >
                <span aria-hidden="true">⋮⋮</span>
              </button>
              <div className="min-w-0 flex-1">{renderItem(item)}</div>
              <div className="flex gap-1">
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={index === 0}
                  onClick={() => commit(moveInOrder(order, item.id, 'up'), item.id)}
                  aria-label={`Chuyển “${name}” lên`}
                >
                  Lên
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={index === visible.length - 1}
                  onClick={() => commit(moveInOrder(order, item.id, 'down'), item.id)}
                  aria-label={`Chuyển “${name}” xuống`}
                >
                  Xuống
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
