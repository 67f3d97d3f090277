import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/admin/password-link-forms';

export const metadata: Metadata = { title: 'Quên mật khẩu', robots: { index: false, follow: false } };

export default function ForgotPasswordPage() {
  return (
    <main id="noi-dung" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold text-brand-800">Quên mật khẩu</h1>
      <p className="mt-2 text-slate-600">Nhập email tài khoản quản trị của bạn. Chúng tôi sẽ gửi một liên kết để đặt mật khẩu mới.</p>
      <ForgotPasswordForm />
    </main>
  );
}
