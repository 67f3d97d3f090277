'use client';

import { useState } from 'react';
import { useActionCall, useActionForm } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { changeUserRoleAction, deleteUserAction, resetUserPasswordAction, setUserDisabledAction } from '@/lib/actions/users';
import { endUserSessionsAction } from '@/lib/actions/sessions';
import { resetTwoFactorAction } from '@/lib/actions/two-factor';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/permissions';
import { GeneratedPassword } from './generated-password';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  locked: boolean;
  twoFactor: boolean;
  lastSignInAt: string | null;
}

export function UsersTable({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  const { run, pending } = useActionCall();
  const [resetting, setResetting] = useState<string | null>(null);

  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Người dùng
            </th>
            <th scope="col" className="px-3 py-2">
              Vai trò
            </th>
            <th scope="col" className="px-3 py-2">
              Trạng thái
            </th>
            <th scope="col" className="px-3 py-2">
              Thao tác
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id} className="align-top" data-user-email={user.email}>
              <td className="px-3 py-2">
                <span className="font-medium">{user.name}</span>
                {user.id === currentUserId ? <span className="text-slate-600"> (bạn)</span> : null}
                <span className="block text-slate-600">{user.email}</span>
              </td>
              <td className="px-3 py-2">
                <label className="sr-only" htmlFor={`vai-tro-${user.id}`}>
                  Vai trò của {user.email}
                </label>
                <select
                  id={`vai-tro-${user.id}`}
                  value={user.role}
                  disabled={pending}
                  onChange={(event) => {
                    const role = event.target.value as Role;
                    if (window.confirm(`Đổi vai trò của ${user.email} thành “${ROLE_LABELS[role]}”?`)) run(() => changeUserRoleAction({ id: user.id, role }));
                  }}
                  className="rounded border border-slate-300 px-2 py-1"
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="px-3 py-2">
                {user.disabled ? 'Đã vô hiệu hóa' : user.locked ? 'Tạm khóa (đăng nhập sai nhiều lần)' : 'Đang hoạt động'}
                <span className="block text-slate-600">{user.twoFactor ? 'Có xác thực hai bước' : 'Chưa bật xác thực hai bước'}</span>
              </td>
              <td className="space-y-2 px-3 py-2">
                <div className="flex flex-wrap gap-1">
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={pending}
                    onClick={() => {
                      const question = user.disabled ? `Kích hoạt lại tài khoản ${user.email}?` : `Vô hiệu hóa ${user.email}? Người này sẽ bị đăng xuất ngay.`;
                      if (window.confirm(question)) run(() => setUserDisabledAction({ id: user.id, disabled: !user.disabled }));
                    }}
                  >
                    {user.disabled ? 'Kích hoạt' : 'Vô hiệu hóa'}
                  </Button>
                  <Button
                    size="sm"
                    variant="secondary"
                    onClick={() => setResetting(resetting === user.id ? null : user.id)}
                    aria-expanded={resetting === user.id}
                  >
                    Đặt lại mật khẩu
                  </Button>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={pending}
                    onClick={() => {
                      if (window.confirm(`Kết thúc mọi phiên đăng nhập của ${user.email}?`)) run(() => endUserSessionsAction({ id: user.id }));
                    }}
                  >
                    Đăng xuất mọi nơi
                  </Button>
                  {user.twoFactor ? (
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={pending}
                      onClick={() => {
                        if (window.confirm(`Gỡ xác thực hai bước của ${user.email}? Người này sẽ đăng nhập chỉ bằng mật khẩu cho đến khi bật lại.`))
                          run(() => resetTwoFactorAction({ id: user.id }));
                      }}
                    >
                      Gỡ xác thực hai bước
                    </Button>
                  ) : null}
                  <Button
                    size="sm"
                    variant="danger"
                    disabled={pending}
                    onClick={() => {
                      if (window.confirm(`Xóa tài khoản ${user.email}? Không thể hoàn tác.`)) run(() => deleteUserAction(user.id));
                    }}
                  >
                    Xóa
                  </Button>
                </div>
                {resetting === user.id ? <ResetPasswordForm userId={user.id} email={user.email} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PASSWORD = ['password'];

function ResetPasswordForm({ userId, email }: { userId: string; email: string }) {
  const { state, errors, onSubmit, formRef, pending } = useActionForm(resetUserPasswordAction, { forget: PASSWORD });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-2 rounded border border-slate-200 p-3">
      <input type="hidden" name="id" value={userId} />
      {state?.ok && state.data?.generatedPassword ? <GeneratedPassword password={state.data.generatedPassword} email={email} /> : null}
      <FormField
        label={`Mật khẩu mới cho ${email}`}
        name="password"
        type="password"
        autoComplete="new-password"
        maxLength={128}
        hint="Để trống để tạo ngẫu nhiên."
        errors={errors?.password}
      />
      <Button type="submit" size="sm" pending={pending}>
        Đặt mật khẩu mới
      </Button>
    </form>
  );
}
