'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { signInFailureMessage } from '@/lib/auth/messages';

interface FieldErrors {
  email?: string[];
  password?: string[];
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(initialError === null ? null : signInFailureMessage(initialError));
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors: FieldErrors = {};
    if (!email.trim()) fieldErrors.email = ['Vui lòng nhập email.'];
    if (!password) fieldErrors.password = ['Vui lòng nhập mật khẩu.'];
    setErrors(fieldErrors);
    if (fieldErrors.email || fieldErrors.password) return;

    setPending(true);
    setFailure(null);
    try {
      const result = await signIn('credentials', { email: email.trim(), password, redirect: false, callbackUrl });
      if (result?.ok && !result.error) {
        // A full navigation, so every server component renders with the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setFailure(signInFailureMessage(result?.error));
    } catch {
      setFailure('Không kết nối được máy chủ. Vui lòng thử lại.');
    }
    setPassword('');
    setPending(false);
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
