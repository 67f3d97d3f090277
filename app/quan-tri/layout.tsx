import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { unauthorized } from 'next/navigation';
import { AdminNav } from '@/components/admin/admin-nav';
import { SessionKeepAlive } from '@/components/admin/session-keep-alive';
import { SiteAddressNotice } from '@/components/admin/site-address-notice';
import { ToastProvider } from '@/components/ui/toast';
import { signOutAction } from '@/lib/actions/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { unreadNotificationCount } from '@/lib/data/staff/notifications';

export const metadata: Metadata = {
  title: { default: 'Quản trị', template: '%s | Quản trị' },
  robots: { index: false, follow: false },
};

// The session check here only decides what the chrome shows; every page and action checks again.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={<div className="min-h-screen" aria-busy="true" />}>
      <AdminChrome>{children}</AdminChrome>
    </Suspense>
  );
}

async function AdminChrome({ children }: { children: React.ReactNode }) {
  await connection();
  const user = await getCurrentUser();
  if (!user) unauthorized();
  const unread = await unreadNotificationCount(user.id);
  return (
    <ToastProvider>
      <SessionKeepAlive />
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="border-b border-slate-200 bg-brand-800 text-white">
        <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/quan-tri" className="font-bold">
            Quản trị cổng thông tin
          </Link>
          <div className="flex items-center gap-3 text-sm">
            {/* The role once: an account named after its role ("Quản trị viên") shows just that. */}
            <span data-testid="admin-user">{user.name.trim() === ROLE_LABELS[user.role] ? user.name : `${user.name} · ${ROLE_LABELS[user.role]}`}</span>
            <Link href="/quan-tri/thong-bao" className="underline" data-testid="notification-bell">
              <span aria-hidden="true">🔔</span> Thông báo
              {unread > 0 ? (
                <span className="ml-1 rounded-full bg-amber-400 px-2 text-brand-900">
                  {unread}
                  <span className="sr-only"> chưa đọc</span>
                </span>
              ) : null}
            </Link>
            <Link href="/" className="underline">
              Xem trang công khai
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-white/60 px-3 py-1 font-semibold hover:bg-white/10">
                Đăng xuất
              </button>
            </form>
          </div>
        </div>
      </header>
      <SiteAddressNotice />
      <div className="grid min-h-[calc(100vh-3.5rem)] md:grid-cols-[14rem_minmax(0,1fr)]">
        <aside className="border-b border-slate-200 bg-white p-3 md:border-b-0 md:border-r">
          <AdminNav role={user.role} />
        </aside>
        <main id="noi-dung" tabIndex={-1} className="min-w-0 p-4 md:p-6">
          {children}
        </main>
      </div>
    </ToastProvider>
  );
}
