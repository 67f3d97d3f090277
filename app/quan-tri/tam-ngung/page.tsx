import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RowAction } from '@/components/admin/decree/row-action';
import { MaintenanceForm } from '@/components/admin/maintenance-form';
import { deleteMaintenanceAction } from '@/lib/actions/maintenance';
import { requireAdminPage } from '@/lib/auth/current-user';
import { formatVietnamDateTime } from '@/lib/citizens/vietnam-time';
import { listMaintenanceNotices } from '@/lib/data/staff/maintenance';

export const metadata: Metadata = { title: 'Thông báo tạm ngừng' };

export default async function MaintenancePage() {
  await connection();
  await requireAdminPage('/quan-tri/tam-ngung');
  const notices = await listMaintenanceNotices();
  const now = new Date().getTime();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Thông báo tạm ngừng</h1>
      <MaintenanceForm />
      <section aria-labelledby="da-len-lich">
        <h2 id="da-len-lich" className="mb-2 text-lg font-bold">
          Đã lên lịch
        </h2>
        {notices.length === 0 ? (
          <p>Chưa có thông báo.</p>
        ) : (
          <ul className="space-y-2">
            {notices.map((notice) => (
              <li key={notice.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                <p className="font-semibold">
                  Tạm ngừng {formatVietnamDateTime(notice.startsAt)} – {formatVietnamDateTime(notice.endsAt)} · đăng từ{' '}
                  {formatVietnamDateTime(notice.publishAt)}
                  {notice.startsAt.getTime() <= now && notice.endsAt.getTime() > now && ' · Đang tạm ngừng'}
                </p>
                <p className="mt-1 whitespace-pre-line">{notice.message}</p>
                <div className="mt-2">
                  <RowAction action={deleteMaintenanceAction} fields={{ id: notice.id }} label="Xoá" confirm="Xoá thông báo này?" variant="danger" />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
