'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { requestPasswordResetAction, setPasswordWithTokenAction } from '@/lib/actions/password-reset';
import type { ActionResult } from '@/lib/actions/action-result';

const BOX = 'mt-6 space-y-4 rounded border border-slate-200 bg-white p-6 shadow-sm';

function Notice({ message }: { message: string }) {
  return (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {message}
    </p>
  );
}

/** "Quên mật khẩu": the same answer whether or not the address has an account. */
export function ForgotPasswordForm() {
  // The permalink becomes the form's action in the server HTML (React otherwise writes action="", invalid HTML).
  const [state, dispatch, pending] = useActionState<ActionResult | null, FormData>(requestPasswordResetAction, null, '/dang-nhap/quen-mat-khau');
  if (state?.ok && state.message) {
    return (
      <div className={BOX}>
        <Notice message={state.message} />
        <Link href="/dang-nhap" className="text-sm underline">
          Quay lại đăng nhập
        </Link>
      </div>
    );
  }
  return (
    <form action={dispatch} noValidate className={BOX}>
      <FormError message={state?.message} />
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        defaultValue={state?.values?.email ?? ''}
        errors={state?.errors?.email}
      />
      <Button type="submit" pending={pending} className="w-full">
        Gửi liên kết đặt lại mật khẩu
      </Button>
      <Link href="/dang-nhap" className="block text-sm underline">
        Quay lại đăng nhập
      </Link>
    </form>
  );
}

/** The new password, from a mailed link (reset or invitation). */
export function SetPasswordForm({ token }: { token: string }) {
  const [state, dispatch, pending] = useActionState<ActionResult | null, FormData>(setPasswordWithTokenAction, null, '/dang-nhap/dat-lai-mat-khau');
  if (state?.ok && state.message) {
    return (
      <div className={BOX}>
        <Notice message={state.message} />
        <Link href="/dang-nhap" className="text-sm underline">
          Đăng nhập
        </Link>
      </div>
    );
  }
  return (
    <form action={dispatch} method="post" noValidate className={BOX}>
      <FormError message={state?.message} />
      <input type="hidden" name="token" value={token} />
      <FormField
        label="Mật khẩu mới"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        hint="Ít nhất 10 ký tự."
        errors={state?.errors?.password}
      />
      <FormField
        label="Nhập lại mật khẩu mới"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        errors={state?.errors?.confirm}
      />
      <Button type="submit" pending={pending} className="w-full">
        Đặt mật khẩu
      </Button>
    </form>
  );
}
