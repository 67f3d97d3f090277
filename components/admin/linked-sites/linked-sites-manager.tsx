'use client';

import { useState, useTransition } from 'react';
import { SortableList } from '@/components/admin/sortable-list';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { deleteLinkedSiteAction, reorderLinkedSitesAction, setLinkedSiteActiveAction } from '@/lib/actions/linked-sites';
import type { ActionState } from '@/lib/validation/action-state';
import { LinkedSiteForm } from './linked-site-form';

interface Site {
  id: string;
  name: string;
  url: string;
  active: boolean;
}

export function LinkedSitesManager({ sites }: { sites: Site[] }) {
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<ActionState>) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) toast.success(result.message);
      else toast.error(result.message);
    });
  }

  async function reorder(ids: string[]): Promise<boolean> {
    const result = await reorderLinkedSitesAction({ ids });
    if (result.ok) toast.success(result.message);
    else toast.error(result.message);
    return result.ok;
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="them-website" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="them-website" className="mb-3 font-semibold">
          Thêm website liên kết
        </h2>
        <LinkedSiteForm />
      </section>

      <section aria-labelledby="danh-sach-website">
        <h2 id="danh-sach-website" className="mb-3 font-semibold">
          Danh sách ({sites.length})
        </h2>
        {sites.length === 0 ? (
          <p className="text-slate-600">Chưa có website liên kết nào.</p>
        ) : (
          <SortableList
            items={sites}
            label="Thứ tự website liên kết"
            itemName={(site) => site.name}
            onReorder={reorder}
            renderItem={(site) =>
              editing === site.id ? (
                <LinkedSiteForm site={site} onDone={() => setEditing(null)} />
              ) : (
                <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">
                      {site.name}{' '}
                      {site.active ? null : <span className="ml-1 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-700">Đang ẩn</span>}
                    </p>
                    <p className="truncate text-sm text-slate-600">{site.url}</p>
                  </div>
                  <div className="flex flex-wrap gap-1">
                    <Button size="sm" variant="secondary" onClick={() => setEditing(site.id)} aria-label={`Sửa “${site.name}”`}>
                      Sửa
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={pending}
                      onClick={() => run(() => setLinkedSiteActiveAction({ id: site.id, active: !site.active }))}
                      aria-label={`${site.active ? 'Ẩn' : 'Hiện'} “${site.name}”`}
                    >
                      {site.active ? 'Ẩn' : 'Hiện'}
                    </Button>
                    <Button
                      size="sm"
                      variant="danger"
                      disabled={pending}
                      onClick={() => {
                        if (window.confirm(`Xóa website liên kết “${site.name}”? Không thể hoàn tác.`)) run(() => deleteLinkedSiteAction(site.id));
                      }}
                      aria-label={`Xóa “${site.name}”`}
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
