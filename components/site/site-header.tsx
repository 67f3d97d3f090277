import Link from 'next/link';
import type { CategoryLink } from '@/lib/data/categories';
import type { PublicMenuItem } from '@/lib/data/menus';
import { NEWS_SECTION_PATH } from '@/lib/menus/default-menus';
import { MenuDisclosure } from './menu-disclosure';
import { ReadingAids } from './reading-aids';
import { SearchForm } from './search-form';

const itemClass = 'block px-3 py-3 hover:bg-brand-700 focus-visible:bg-brand-700';

const subMenuClass =
  'pl-4 font-normal md:invisible md:absolute md:left-0 md:top-full md:z-20 md:min-w-60 md:bg-brand-900 md:pl-0 md:shadow-lg md:group-focus-within:visible md:group-hover:visible';

/** The sub-items of a header item: its own, or the news categories under a bare "Tin tức". */
function subItems(item: PublicMenuItem, categories: CategoryLink[]): { label: string; items: { id: string; label: string; href: string }[] } {
  if (item.children.length > 0) return { label: item.label, items: item.children };
  if (item.href !== NEWS_SECTION_PATH) return { label: item.label, items: [] };
  return {
    label: 'Chuyên mục tin tức',
    items: categories.map((category) => ({ id: category.id, label: category.name, href: `/tin-tuc/danh-muc/${category.slug}` })),
  };
}

export function SiteHeader({ siteName, categories, menu }: { siteName: string; categories: CategoryLink[]; menu: PublicMenuItem[] }) {
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
              {menu.map((item) => {
                const sub = subItems(item, categories);
                return (
                  <li key={item.id} className={sub.items.length > 0 ? 'group relative' : undefined}>
                    <Link href={item.href} className={itemClass}>
                      {item.label}
                    </Link>
                    {sub.items.length > 0 && (
                      <ul aria-label={sub.label} className={subMenuClass}>
                        {sub.items.map((child) => (
                          <li key={child.id}>
                            <Link href={child.href} className={itemClass}>
                              {child.label}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
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
