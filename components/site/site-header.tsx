import Link from 'next/link';

const MENU = [
  { href: '/', label: 'Trang chủ' },
  { href: '/gioi-thieu', label: 'Giới thiệu' },
  { href: '/tin-tuc', label: 'Tin tức' },
  { href: '/thu-vien-video', label: 'Thư viện video' },
  { href: '/ban-do-hanh-chinh', label: 'Bản đồ hành chính' },
  { href: '/lien-he', label: 'Liên hệ' },
] as const;

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="no-print border-b-4 border-accent-500 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-5">
        <span aria-hidden="true" className="flex size-14 shrink-0 items-center justify-center rounded-full bg-white/10 text-2xl font-bold ring-2 ring-white/60">
          NB
        </span>
        <Link href="/" className="text-lg font-bold uppercase leading-snug tracking-wide sm:text-2xl">
          {siteName}
        </Link>
      </div>
      <nav aria-label="Menu chính" className="bg-brand-900">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-semibold">
          {MENU.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-3 py-3 hover:bg-brand-700">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
