'use client';

import Link from 'next/link';
import { useActionCall } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { markNotificationsReadAction } from '@/lib/actions/notifications';

export interface NotificationItem {
  id: string;
  title: string;
  link: string;
  read: boolean;
  /** Already formatted (dd/mm/yyyy, Asia/Ho_Chi_Minh). */
  createdAt: string;
}

export function NotificationList({ items }: { items: NotificationItem[] }) {
  const { run, pending } = useActionCall();
  if (items.length === 0) return <p className="text-slate-600">Chưa có thông báo nào.</p>;
  return (
    <div className="space-y-3">
      {items.some((item) => !item.read) ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(() => markNotificationsReadAction({}), { refresh: true })}>
          Đánh dấu tất cả là đã đọc
        </Button>
      ) : null}
      <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white" data-testid="notifications">
        {items.map((item) => (
          <li key={item.id} className={`flex flex-wrap items-center justify-between gap-2 p-3 text-sm ${item.read ? '' : 'bg-brand-50'}`}>
            <div>
              {item.read ? null : <span className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">Mới</span>}
              <Link href={item.link} className="font-medium underline">
                {item.title}
              </Link>
              <span className="block text-slate-600">{item.createdAt}</span>
            </div>
            {item.read ? null : (
              <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(() => markNotificationsReadAction({ id: item.id }), { refresh: true })}>
                Đánh dấu đã đọc
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
