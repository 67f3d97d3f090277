'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { SECOND_FACTOR_FAILED_MESSAGE, SECOND_FACTOR_REQUIRED_CODE, signInFailureMessage } from '@/lib/auth/messages';

interface FieldErrors {
  email?: string[];
  password?: string[];
  code?: string[];
}

// Two steps, one flow: email and password, then (for an account with two-factor sign-in) a code.
// The code step sends all three again to the same credentials endpoint, which checks them
// together (lib/data/staff/sign-in.ts); the password stays in this component's memory only.

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(initialError === null ? null : signInFailureMessage(initialError));
  const [pending, setPending] = useState(false);
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [code, setCode] = useState('');

  function restart() {
    setStep('password');
    setPassword('');
    setCode('');
    setFailure(null);
    setErrors({});
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors: FieldErrors = {};
    if (step === 'password') {
      if (!email.trim()) fieldErrors.email = ['Vui lòng nhập email.'];
      if (!password) fieldErrors.password = ['Vui lòng nhập mật khẩu.'];
    } else if (!code.trim()) {
      fieldErrors.code = ['Vui lòng nhập mã xác thực.'];
    }
    setErrors(fieldErrors);
    if (fieldErrors.email || fieldErrors.password || fieldErrors.code) return;

    setPending(true);
    setFailure(null);
    try {
      const result = await signIn('credentials', {
        email: email.trim(),
        password,
        ...(step === 'code' ? { code: code.trim() } : {}),
        redirect: false,
        callbackUrl,
      });
      if (result?.ok && !result.error) {
        // A full navigation, so every server component renders with the new session.
        window.location.assign(callbackUrl);
        return;
      }
      if (result?.error === SECOND_FACTOR_REQUIRED_CODE) {
        setStep('code');
        setPending(false);
        return;
      }
      if (step === 'code') {
        setFailure(result?.error?.startsWith('AddressThrottled') ? signInFailureMessage(result.error) : SECOND_FACTOR_FAILED_MESSAGE);
        setCode('');
        setPending(false);
        return;
      }
      setFailure(signInFailureMessage(result?.error));
    } catch {
      setFailure('Không kết nối được máy chủ. Vui lòng thử lại.');
    }
    if (step === 'password') setPassword('');
    setPending(false);
  }

  if (step === 'code') {
    return (
      <form onSubmit={handleSubmit} method="post" noValidate className="mt-6 space-y-4 rounded border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">Xác thực hai bước</h2>
        <p className="text-sm text-slate-700">
          Nhập mã 6 chữ số đang hiện trong ứng dụng xác thực trên điện thoại của bạn. Nếu không có điện thoại, hãy nhập một trong các mã khôi phục (mỗi mã chỉ
          dùng được một lần).
        </p>
        <FormError message={failure} />
        <FormField
          label="Mã xác thực hoặc mã khôi phục"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="one-time-code"
          autoFocus
          required
          maxLength={24}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          errors={errors.code}
        />
        <Button type="submit" pending={pending} className="w-full">
          {pending ? 'Đang kiểm tra…' : 'Xác nhận'}
        </Button>
        <button type="button" onClick={restart} className="block w-full text-center text-sm underline">
          Đăng nhập bằng tài khoản khác
        </button>
      </form>
    );
  }

  // method="post": submitted before the page has hydrated (slow script load), the browser's own
  // submission would otherwise be a GET that puts the password in the address bar and server
  // logs. As a POST it only reloads this page.
  return (
    <form onSubmit={handleSubmit} method="post" noValidate className="mt-6 space-y-4 rounded border border-slate-200 bg-white p-6 shadow-sm">
      <FormError message={failure} />
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        errors={errors.email}
      />
      <FormField
        label="Mật khẩu"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={128}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        errors={errors.password}
      />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </Button>
      <Link href="/dang-nhap/quen-mat-khau" className="block text-center text-sm underline">
        Quên mật khẩu?
      </Link>
    </form>
  );
}
