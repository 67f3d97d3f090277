import Link from 'next/link';
import { safePublicHref } from '@/lib/content/safe-href';
import type { PublicNotice } from '@/lib/data/home';

// "Thông báo": the short notices editors set for the home page, each from its start to its end.
export function NoticeStrip({ notices }: { notices: PublicNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="thong-bao" className="rounded border-l-4 border-accent-500 bg-amber-50 px-4 py-3">
      <h2 id="thong-bao" className="text-sm font-bold uppercase text-brand-800">
        Thông báo
      </h2>
      <ul className="mt-1 space-y-1 text-slate-800">
        {notices.map((notice) => {
          const href = notice.url ? safePublicHref(notice.url) : null;
          return (
            <li key={notice.id}>
              {href ? (
                <Link href={href} className="text-brand-800 underline hover:text-brand-700">
                  {notice.text}
                </Link>
              ) : (
                notice.text
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
