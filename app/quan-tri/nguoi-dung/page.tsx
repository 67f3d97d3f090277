import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CreateUserForm } from '@/components/admin/users/create-user-form';
import { InviteUserForm } from '@/components/admin/users/invite-user-form';
import { UsersTable } from '@/components/admin/users/users-table';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listUsers } from '@/lib/data/staff/users';

export const metadata: Metadata = { title: 'Người dùng', robots: { index: false } };

export default async function UsersPage() {
  await connection();
  const me = await requireAdminPage('/quan-tri/nguoi-dung');
  const users = await listUsers();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Người dùng</h1>
      <section aria-labelledby="moi-nguoi-dung" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="moi-nguoi-dung" className="mb-3 font-semibold">
          Mời qua thư
        </h2>
        <p className="mb-3 text-sm text-slate-600">Người được mời tự đặt mật khẩu từ liên kết trong thư (hiệu lực 72 giờ, dùng một lần).</p>
        <InviteUserForm />
      </section>
      <section aria-labelledby="tao-nguoi-dung" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="tao-nguoi-dung" className="mb-3 font-semibold">
          Tạo tài khoản
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="danh-sach-nguoi-dung">
        <h2 id="danh-sach-nguoi-dung" className="mb-3 font-semibold">
          Danh sách ({users.length})
        </h2>
        <UsersTable
          currentUserId={me.id}
          users={users.map((user) => ({
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            disabled: user.disabled,
            locked: user.locked,
            twoFactor: user.twoFactor,
            lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
          }))}
        />
      </section>
    </div>
  );
}
