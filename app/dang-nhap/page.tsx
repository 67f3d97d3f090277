import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SignInForm } from '@/components/admin/sign-in-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

export const metadata: Metadata = { title: 'Đăng nhập', robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <main id="noi-dung" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold text-brand-800">Đăng nhập quản trị</h1>
      <p className="mt-2 text-slate-600">Dành cho cán bộ của Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình.</p>
      <Suspense fallback={<div className="mt-6 h-64" aria-busy="true" />}>
        <SignInFormWithCallback searchParams={searchParams} />
      </Suspense>
    </main>
  );
}

async function SignInFormWithCallback({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl);
  // next-auth sends ?error=… when its own endpoint refused the credentials.
  const error = typeof params.error === 'string' ? params.error : null;
  const passwordChanged = params['da-doi-mat-khau'] === '1';
  return (
    <>
      {passwordChanged ? (
        <p role="status" className="mt-6 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
    </>
  );
}
