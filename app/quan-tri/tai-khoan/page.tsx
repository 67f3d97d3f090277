import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ChangePasswordForm } from '@/components/admin/account/change-password-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { ROLE_LABELS } from '@/lib/auth/permissions';

export const metadata: Metadata = { title: 'Tài khoản', robots: { index: false } };

export default async function AccountPage() {
  await connection();
  const user = await requireAdminPage('/quan-tri/tai-khoan');
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
      <section aria-labelledby="doi-mat-khau">
        <h2 id="doi-mat-khau" className="mb-3 text-lg font-semibold">
          Đổi mật khẩu
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
