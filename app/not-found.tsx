import Link from 'next/link';

// notFound() outside the public portal (admin and English pages have their own not-found.tsx):
// a last resort. Next sends this element inside every page's RSC payload, so it stays tiny; the
// full 404 page for unknown addresses is app/global-not-found.tsx.
export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-800">Không tìm thấy trang</h1>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand-700 underline">
          Về trang chủ
        </Link>
      </p>
    </main>
  );
}
