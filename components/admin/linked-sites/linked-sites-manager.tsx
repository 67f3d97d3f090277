'use client';

import { OrderedCollectionManager } from '@/components/admin/ordered-collection-manager';
import { Button } from '@/components/ui/button';
import { deleteLinkedSiteAction, reorderLinkedSitesAction, setLinkedSiteActiveAction } from '@/lib/actions/linked-sites';
import { LinkedSiteForm } from './linked-site-form';

interface Site {
  id: string;
  name: string;
  url: string;
  active: boolean;
}

export function LinkedSitesManager({ sites }: { sites: Site[] }) {
  return (
    <OrderedCollectionManager
      items={sites}
      idBase="website"
      addHeading="Thêm website liên kết"
      emptyText="Chưa có website liên kết nào."
      orderLabel="Thứ tự website liên kết"
      noun="website liên kết"
      reorder={reorderLinkedSitesAction}
      remove={deleteLinkedSiteAction}
      renderForm={(site, onDone) => <LinkedSiteForm site={site} onDone={onDone} />}
      renderSummary={(site) => (
        <>
          <p className="font-medium">
            {site.name} {site.active ? null : <span className="ml-1 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-700">Đang ẩn</span>}
          </p>
          <p className="truncate text-sm text-slate-600">{site.url}</p>
        </>
      )}
      renderActions={(site, { run, pending }) => (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => setLinkedSiteActiveAction({ id: site.id, active: !site.active }))}
          aria-label={`${site.active ? 'Ẩn' : 'Hiện'} “${site.name}”`}
        >
          {site.active ? 'Ẩn' : 'Hiện'}
        </Button>
      )}
    />
  );
}
