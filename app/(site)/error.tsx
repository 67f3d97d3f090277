'use client';

import Link from 'next/link';
import { SearchForm } from '@/components/site/search-form';

// A failure inside a public page: the layout (header, menu, footer) stays; the reader can retry.
export default function SiteError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <section aria-labelledby="loi-he-thong" className="rounded border border-slate-200 bg-white p-6">
      <h1 id="loi-he-thong" className="text-2xl font-bold text-brand-800">
        Đã có lỗi xảy ra
      </h1>
      <p className="mt-3 text-slate-700">Hệ thống tạm thời không hiển thị được trang này. Xin vui lòng thử lại sau ít phút.</p>
      <p className="mt-4 flex flex-wrap gap-4">
        <button type="button" onClick={retry} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Thử lại
        </button>
        <Link href="/" className="self-center font-semibold text-brand-700 underline underline-offset-2">
          Về trang chủ
        </Link>
      </p>
      <SearchForm id="o-tim-kiem-loi" className="mt-6 max-w-xl" />
    </section>
  );
}
