'use client';

import { useState, type ReactNode } from 'react';
import { SortableList } from '@/components/admin/sortable-list';
import { useActionCall } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/actions/action-result';

export interface ManagedItem {
  id: string;
  name: string;
}

export interface ItemControls {
  /** Runs an action with the list's pending state and shows its message as a toast. */
  run: (action: () => Promise<ActionResult>) => void;
  pending: boolean;
}

export interface OrderedCollectionManagerProps<T extends ManagedItem> {
  items: readonly T[];
  /** Prefix of the section ids (`them-…`, `danh-sach-…`), e.g. "danh-muc". */
  idBase: string;
  /** "Thêm danh mục". */
  addHeading: string;
  /** "Chưa có danh mục nào." */
  emptyText: string;
  /** Accessible name of the reorderable list, e.g. "Thứ tự danh mục". */
  orderLabel: string;
  /** What the delete confirmation calls one item, e.g. "danh mục". */
  noun: string;
  reorder: (input: { ids: string[] }) => Promise<ActionResult>;
  remove: (id: string) => Promise<ActionResult>;
  /** The create form (no item) or the edit form of one item. */
  renderForm: (item?: T, onDone?: () => void) => ReactNode;
  renderSummary: (item: T) => ReactNode;
  /** Extra buttons between "Sửa" and "Xóa". */
  renderActions?: (item: T, controls: ItemControls) => ReactNode;
}

/**
 * An admin screen for a small ordered collection (categories, linked websites): a create form,
 * then the list in display order with drag/keyboard reordering, inline editing and deletion.
 */
export function OrderedCollectionManager<T extends ManagedItem>(props: OrderedCollectionManagerProps<T>) {
  const { items, idBase, addHeading, emptyText, orderLabel, noun, renderForm, renderSummary, renderActions } = props;
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const { run, pending } = useActionCall();

  // The sortable list awaits the answer to keep or undo the move it showed.
  async function reorder(ids: string[]): Promise<boolean> {
    const result = await props.reorder({ ids });
    if (result.ok) toast.success(result.message);
    else toast.error(result.message);
    return result.ok;
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby={`them-${idBase}`} className="rounded border border-slate-200 bg-white p-4">
        <h2 id={`them-${idBase}`} className="mb-3 font-semibold">
          {addHeading}
        </h2>
        {renderForm()}
      </section>
      <section aria-labelledby={`danh-sach-${idBase}`}>
        <h2 id={`danh-sach-${idBase}`} className="mb-3 font-semibold">
          Danh sách ({items.length})
        </h2>
        {items.length === 0 ? (
          <p className="text-slate-600">{emptyText}</p>
        ) : (
          <SortableList
            items={items}
            label={orderLabel}
            itemName={(item) => item.name}
            onReorder={reorder}
            renderItem={(item) =>
              editing === item.id ? (
                renderForm(item, () => setEditing(null))
              ) : (
                <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                  <div className="min-w-0 flex-1">{renderSummary(item)}</div>
                  <div className="flex flex-wrap gap-1">
                    <Button size="sm" variant="secondary" onClick={() => setEditing(item.id)} aria-label={`Sửa “${item.name}”`}>
                      Sửa
                    </Button>
                    {renderActions?.(item, { run, pending })}
                    <Button
                      size="sm"
                      variant="danger"
                      disabled={pending}
                      onClick={() => {
                        if (window.confirm(`Xóa ${noun} “${item.name}”? Không thể hoàn tác.`)) run(() => props.remove(item.id));
                      }}
                      aria-label={`Xóa “${item.name}”`}
                    >
                      Xóa
                    </Button>
                  </div>
                </div>
              )
            }
          />
        )}
      </section>
    </div>
  );
}
