'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { MenuDisclosure } from '@/components/site/menu-disclosure';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-pages';
import { can, type Role } from '@/lib/auth/permissions';

function isCurrent(pathname: string, href: string): boolean {
  return href === '/quan-tri' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The sections this role may use, and nothing else. On phones the list folds behind a
 * "Menu quản trị" button, closed by default, so a page's form is not pushed below a screen
 * of links.
 */
export function AdminNav({ role }: { role: Role }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Quản trị">
      <MenuDisclosure label="Menu quản trị" buttonClassName="flex w-full items-center gap-2 rounded border border-slate-300 px-3 py-2 text-sm font-semibold">
        <ul className="mt-2 space-y-0.5 md:mt-0">
          {ADMIN_SECTIONS.filter((section) => can(role, section.permission)).map((section) => {
            const current = isCurrent(pathname, section.href);
            return (
              <li key={section.href}>
                <Link
                  href={section.href}
                  aria-current={current ? 'page' : undefined}
                  className={`block rounded px-3 py-2 text-sm ${current ? 'bg-brand-700 font-semibold text-white' : 'text-slate-700 hover:bg-brand-50 hover:text-brand-800'}`}
                >
                  {section.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </MenuDisclosure>
    </nav>
  );
}
