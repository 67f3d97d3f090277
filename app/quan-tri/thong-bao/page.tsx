import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { NotificationList } from '@/components/admin/notifications/notification-list';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listNotifications } from '@/lib/data/staff/notifications';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Thông báo', robots: { index: false } };

export default async function NotificationsPage() {
  await connection();
  const user = await requireAdminPage('/quan-tri/thong-bao');
  const items = await listNotifications(user.id);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Thông báo</h1>
      <p className="text-sm text-slate-600">
        Chọn loại thông báo được gửi qua thư trong{' '}
        <Link href="/quan-tri/tai-khoan" className="underline">
          trang tài khoản
        </Link>
        .
      </p>
      <NotificationList
        items={items.map((item) => ({ id: item.id, title: item.title, link: item.link, read: item.read, createdAt: formatDateTime(item.createdAt) }))}
      />
    </div>
  );
}
