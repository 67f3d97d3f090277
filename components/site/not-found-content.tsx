import Link from 'next/link';
import { SearchForm } from './search-form';

/**
 * The Vietnamese "page not found" message, with search and a way home. `idSuffix` keeps ids
 * unique when a copy stands in as the loading fallback of the same page (app/global-not-found.tsx).
 */
export function NotFoundContent({ idSuffix = '' }: { idSuffix?: string }) {
  return (
    <section aria-labelledby={`khong-tim-thay${idSuffix}`} className="rounded border border-slate-200 bg-white p-6">
      <h1 id={`khong-tim-thay${idSuffix}`} className="text-2xl font-bold text-brand-800">
        Không tìm thấy trang
      </h1>
      <p className="mt-3 text-slate-700">Trang bạn tìm không tồn tại, đã bị gỡ bỏ hoặc chưa được đăng. Hãy thử tìm kiếm:</p>
      <SearchForm id={`o-tim-kiem-404${idSuffix}`} className="mt-4 max-w-xl" large />
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/" className="font-semibold text-brand-700 underline underline-offset-2">
          Về trang chủ
        </Link>
        <Link href="/tin-tuc" className="font-semibold text-brand-700 underline underline-offset-2">
          Xem tin tức mới
        </Link>
      </p>
    </section>
  );
}
