import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { SetPasswordForm } from '@/components/admin/password-link-forms';
import { INVALID_LINK_MESSAGE } from '@/lib/auth/reset-messages';
import { passwordLinkHolder } from '@/lib/data/password-reset';

// The token is in the address: no referrer leaves this page, and nothing here is cached
// (/dang-nhap is private to the page cache).
export const metadata: Metadata = { title: 'Đặt mật khẩu mới', robots: { index: false, follow: false }, referrer: 'no-referrer' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function SetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <main id="noi-dung" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold text-brand-800">Đặt mật khẩu mới</h1>
      <Suspense fallback={<div className="mt-6 h-64" aria-busy="true" />}>
        <LinkCheck searchParams={searchParams} />
      </Suspense>
    </main>
  );
}

async function LinkCheck({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const holder = token ? await passwordLinkHolder(token) : null;
  if (!holder) {
    return (
      <div className="mt-6 space-y-4">
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {INVALID_LINK_MESSAGE}
        </p>
        <Link href="/dang-nhap/quen-mat-khau" className="underline">
          Yêu cầu liên kết mới
        </Link>
      </div>
    );
  }
  return (
    <>
      <p className="mt-2 text-slate-600">
        {holder.purpose === 'INVITE' ? 'Đặt mật khẩu cho tài khoản mới' : 'Đặt mật khẩu mới cho tài khoản'} <strong>{holder.email}</strong>.
      </p>
      <SetPasswordForm token={token} />
    </>
  );
}
