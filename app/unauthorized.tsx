import Link from 'next/link';

export default function Unauthorized() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-accent-500">Lỗi 401</p>
      <h1 className="mt-2 text-2xl font-bold">Bạn cần đăng nhập</h1>
      <p className="mt-4 text-slate-600">Phiên đăng nhập đã hết hạn hoặc bạn chưa đăng nhập.</p>
      <p className="mt-6">
        <Link href="/dang-nhap" className="font-semibold text-brand-700 underline">
          Đăng nhập
        </Link>
      </p>
    </main>
  );
}
