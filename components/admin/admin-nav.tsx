'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useId, useState } from 'react';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-pages';
import { can, type Role } from '@/lib/auth/permissions';

function isCurrent(pathname: string, href: string): boolean {
  return href === '/quan-tri' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The sections this role may use, and nothing else. Under the md breakpoint (phones) the list
 * folds behind a disclosure button, closed by default and after each navigation, so the page's
 * form is not pushed below a screen of links.
 */
export function AdminNav({ role }: { role: Role }) {
  const pathname = usePathname();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [lastPath, setLastPath] = useState(pathname);
  if (lastPath !== pathname) {
    setLastPath(pathname);
    setOpen(false);
  }
  return (
    <nav aria-label="Quản trị">
      <button
        type="button"
        className="flex w-full items-center justify-between rounded border border-slate-300 px-3 py-2 text-sm font-semibold md:hidden"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        Menu quản trị
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
      </button>
      <ul id={listId} className={`${open ? 'mt-2 block' : 'hidden'} space-y-0.5 md:mt-0 md:block`}>
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
    </nav>
  );
}
