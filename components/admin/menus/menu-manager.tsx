'use client';

import { useState } from 'react';
import { OrderedCollectionManager } from '@/components/admin/ordered-collection-manager';
import { SortableList } from '@/components/admin/sortable-list';
import { useActionCall } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { deleteMenuItemAction, reorderMenuItemsAction } from '@/lib/actions/menus';
import type { AdminMenuItem } from '@/lib/data/staff/menus';
import { MenuItemForm, type MenuChoices } from './menu-item-form';

type Item = AdminMenuItem & { name: string };

/** One menu (header or footer): its top-level items, each with its sub-items, all reorderable. */
export function MenuManager({ menu, title, items, choices }: { menu: 'HEADER' | 'FOOTER'; title: string; items: AdminMenuItem[]; choices: MenuChoices }) {
  const named: Item[] = items.map((item) => ({ ...item, name: item.label }));
  const parents = items.map((item) => ({ id: item.id, label: item.label }));
  return (
    <section aria-labelledby={`menu-${menu}`} className="space-y-3">
      <h2 id={`menu-${menu}`} className="text-xl font-bold">
        {title}
      </h2>
      <OrderedCollectionManager
        items={named}
        idBase={`menu-${menu.toLowerCase()}`}
        addHeading={`Thêm mục vào ${title.toLowerCase()}`}
        emptyText="Menu chưa có mục nào: trang công khai đang dùng menu mặc định."
        orderLabel={`Thứ tự ${title.toLowerCase()}`}
        noun="mục menu"
        reorder={({ ids }) => reorderMenuItemsAction({ menu, parentId: null, ids })}
        remove={deleteMenuItemAction}
        renderForm={(item, onDone) => <MenuItemForm menu={menu} item={item} parents={parents} choices={choices} onDone={onDone} />}
        renderSummary={(item) => (
          <>
            <p className="font-medium">{item.label}</p>
            <p className="text-sm text-slate-600">{item.destination}</p>
            {item.children.length > 0 && <Children menu={menu} parent={item} parents={parents} choices={choices} />}
          </>
        )}
      />
    </section>
  );
}

function Children({
  menu,
  parent,
  parents,
  choices,
}: {
  menu: 'HEADER' | 'FOOTER';
  parent: AdminMenuItem;
  parents: { id: string; label: string }[];
  choices: MenuChoices;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const { run, pending } = useActionCall();
  return (
    <div className="mt-2">
      <SortableList
        items={parent.children}
        label={`Mục con của “${parent.label}”`}
        itemName={(child) => child.label}
        onReorder={async (ids) => (await reorderMenuItemsAction({ menu, parentId: parent.id, ids })).ok}
        renderItem={(child) =>
          editing === child.id ? (
            <MenuItemForm menu={menu} item={child} parents={parents} choices={choices} onDone={() => setEditing(null)} />
          ) : (
            <div className="flex flex-wrap items-center gap-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{child.label}</p>
                <p className="text-sm text-slate-600">{child.destination}</p>
              </div>
              <Button size="sm" variant="secondary" onClick={() => setEditing(child.id)} aria-label={`Sửa “${child.label}”`}>
                Sửa
              </Button>
              <Button
                size="sm"
                variant="danger"
                disabled={pending}
                onClick={() => {
                  if (window.confirm(`Xóa mục menu “${child.label}”? Không thể hoàn tác.`)) run(() => deleteMenuItemAction(child.id), { refresh: true });
                }}
                aria-label={`Xóa “${child.label}”`}
              >
                Xóa
              </Button>
            </div>
          )
        }
      />
    </div>
  );
}
