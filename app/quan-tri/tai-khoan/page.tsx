import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ChangePasswordForm } from '@/components/admin/account/change-password-form';
import { SessionsList } from '@/components/admin/account/sessions-list';
import { getCurrentSessionId, requireAdminPage } from '@/lib/auth/current-user';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { listActiveSessions } from '@/lib/data/staff/sessions';
import { twoFactorStatus } from '@/lib/data/staff/two-factor';
import { NotificationPreferencesForm } from '@/components/admin/notifications/notification-preferences-form';
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS, mailPreferences } from '@/lib/data/staff/notifications';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Tài khoản', robots: { index: false } };

export default async function AccountPage() {
  await connection();
  const user = await requireAdminPage('/quan-tri/tai-khoan');
  const [twoFactor, sessions, mailed] = await Promise.all([
    twoFactorStatus(user),
    listActiveSessions(user.id, await getCurrentSessionId()),
    mailPreferences(user.id),
  ]);
  // Editors and admins review; authors are never asked to.
  const kinds = NOTIFICATION_KINDS.filter((kind) => (kind === 'REVIEW_REQUESTED' || kind === 'QUESTION_ASSIGNED' ? user.role !== 'AUTHOR' : true));
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">Tài khoản của tôi</h1>
      <dl className="grid grid-cols-[8rem_1fr] gap-2 rounded border border-slate-200 bg-white p-4 text-sm">
        <dt className="font-semibold">Họ tên</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Vai trò</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <section aria-labelledby="xac-thuc-hai-buoc" className="space-y-2">
        <h2 id="xac-thuc-hai-buoc" className="text-lg font-semibold">
          Xác thực hai bước
        </h2>
        <p className="text-sm">
          {twoFactor.enabled
            ? `Đang bật. Còn ${twoFactor.unusedRecoveryCodes} mã khôi phục chưa dùng.`
            : twoFactor.required
              ? 'Chưa bật. Vai trò của bạn bắt buộc dùng xác thực hai bước.'
              : 'Chưa bật. Nên bật để kẻ biết mật khẩu của bạn vẫn không đăng nhập được.'}
        </p>
        <Link href="/quan-tri/tai-khoan/xac-thuc-hai-buoc" className="font-semibold underline">
          {twoFactor.enabled ? 'Quản lý xác thực hai bước' : 'Bật xác thực hai bước'}
        </Link>
      </section>
      <section aria-labelledby="phien-dang-nhap" className="space-y-2">
        <h2 id="phien-dang-nhap" className="text-lg font-semibold">
          Phiên đăng nhập
        </h2>
        <SessionsList
          sessions={sessions.map((session) => ({
            id: session.id,
            device: session.device,
            ip: session.ip,
            current: session.current,
            createdAt: formatDateTime(session.createdAt),
            lastSeenAt: formatDateTime(session.lastSeenAt),
          }))}
        />
      </section>
      <section aria-labelledby="thong-bao-qua-thu" className="space-y-2">
        <h2 id="thong-bao-qua-thu" className="text-lg font-semibold">
          Thông báo qua thư
        </h2>
        <NotificationPreferencesForm rows={kinds.map((kind) => ({ kind, label: NOTIFICATION_KIND_LABELS[kind], mailed: mailed[kind] }))} />
      </section>
      <section aria-labelledby="doi-mat-khau">
        <h2 id="doi-mat-khau" className="mb-3 text-lg font-semibold">
          Đổi mật khẩu
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
