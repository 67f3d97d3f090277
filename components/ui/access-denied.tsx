import Link from 'next/link';

/** The 403 message, used by app/forbidden.tsx and, inside the admin chrome, app/quan-tri/forbidden.tsx. */
export function AccessDenied() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-accent-500">Lỗi 403</p>
      <h1 className="mt-2 text-2xl font-bold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-4 text-slate-600">Tài khoản của bạn không được phép thực hiện thao tác này. Nếu cần, hãy liên hệ quản trị viên.</p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/quan-tri" className="text-brand-700 underline">
          Về trang quản trị
        </Link>
        <Link href="/" className="text-brand-700 underline">
          Về trang chủ
        </Link>
      </p>
    </div>
  );
}
