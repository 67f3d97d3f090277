import Link from 'next/link';
import type { CategoryLink } from '@/lib/data/categories';
import { ABOUT_PAGES } from './about-nav';
import { MenuDisclosure } from './menu-disclosure';
import { ReadingAids } from './reading-aids';
import { SearchForm } from './search-form';

const MENU = [
  { href: '/', label: 'Trang chủ' },
  { href: '/gioi-thieu', label: 'Giới thiệu' },
  { href: '/tin-tuc', label: 'Tin tức' },
  { href: '/van-ban', label: 'Văn bản' },
  { href: '/thu-tuc-hanh-chinh', label: 'Thủ tục hành chính' },
  { href: '/cum-cong-nghiep', label: 'Cụm công nghiệp' },
  { href: '/du-an', label: 'Kế hoạch, dự án' },
  { href: '/cong-khai', label: 'Công khai thông tin' },
  { href: '/thu-vien-video', label: 'Thư viện video' },
  { href: '/ban-do-hanh-chinh', label: 'Bản đồ hành chính' },
  { href: '/hoi-dap', label: 'Hỏi đáp' },
  { href: '/lien-he', label: 'Liên hệ' },
] as const;

const itemClass = 'block px-3 py-3 hover:bg-brand-700 focus-visible:bg-brand-700';

export function SiteHeader({ siteName, categories }: { siteName: string; categories: CategoryLink[] }) {
  return (
    <header className="no-print border-b-4 border-accent-500 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-5 md:flex-row md:items-center md:justify-between">
        <Link href="/" className="flex items-center gap-4">
          {/* Emblem slot: the agency's official emblem goes here when the file is provided. */}
          <span
            aria-hidden="true"
            className="flex size-14 shrink-0 items-center justify-center rounded-full bg-white/10 text-2xl font-bold ring-2 ring-white/60"
          >
            NB
          </span>
          <span className="text-base font-bold uppercase leading-snug tracking-wide sm:text-xl">{siteName}</span>
        </Link>
        <div className="flex w-full flex-col gap-3 md:w-72">
          <ReadingAids />
          <SearchForm id="o-tim-kiem-dau-trang" className="w-full" />
        </div>
      </div>
      <nav aria-label="Menu chính" className="bg-brand-900">
        <div className="mx-auto max-w-6xl">
          <MenuDisclosure>
            <ul className="flex flex-col px-2 text-sm font-semibold md:flex-row md:flex-wrap md:gap-x-1">
              {MENU.map((item) =>
                item.href === '/tin-tuc' || item.href === '/gioi-thieu' ? (
                  <li key={item.href} className="group relative">
                    <Link href={item.href} className={itemClass}>
                      {item.label}
                    </Link>
                    {(item.href === '/gioi-thieu' || categories.length > 0) && (
                      <ul
                        aria-label={item.href === '/gioi-thieu' ? 'Giới thiệu' : 'Chuyên mục tin tức'}
                        className="pl-4 font-normal md:invisible md:absolute md:left-0 md:top-full md:z-20 md:min-w-60 md:bg-brand-900 md:pl-0 md:shadow-lg md:group-focus-within:visible md:group-hover:visible"
                      >
                        {(item.href === '/gioi-thieu'
                          ? ABOUT_PAGES.slice(1).map((page) => ({ href: page.href, label: page.label }))
                          : categories.map((category) => ({ href: `/tin-tuc/danh-muc/${category.slug}`, label: category.name }))
                        ).map((link) => (
                          <li key={link.href}>
                            <Link href={link.href} className={itemClass}>
                              {link.label}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ) : (
                  <li key={item.href}>
                    <Link href={item.href} className={itemClass}>
                      {item.label}
                    </Link>
                  </li>
                ),
              )}
              <li className="md:ml-auto">
                <Link href="/en" hrefLang="en" lang="en" className={itemClass}>
                  English
                </Link>
              </li>
            </ul>
          </MenuDisclosure>
        </div>
      </nav>
    </header>
  );
}
