import Link from 'next/link';

// notFound() from an admin page (a deleted or mistyped id): the admin chrome stays around it.
export default function AdminNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-accent-500">Lỗi 404</p>
      <h1 className="mt-2 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4 text-slate-600">Nội dung này không tồn tại hoặc đã bị xoá.</p>
      <p className="mt-6">
        <Link href="/quan-tri" className="text-brand-700 underline">
          Về trang quản trị
        </Link>
      </p>
    </div>
  );
}
