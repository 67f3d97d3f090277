'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useState } from 'react';

// On phones a menu collapses behind a button (a disclosure: aria-expanded + aria-controls),
// closed by default, after each navigation and on Escape; from the md breakpoint up it is
// always shown and the button is hidden. The public main menu and the admin menu use it.
export function MenuDisclosure({
  label = 'Menu',
  buttonClassName = 'flex items-center gap-2 px-4 py-3 text-sm font-semibold',
  children,
}: {
  label?: string;
  buttonClassName?: string;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const id = useId();
  const [lastPath, setLastPath] = useState(pathname);
  if (lastPath !== pathname) {
    // A navigation closes the menu (state adjusted during render, not in an effect).
    setLastPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button type="button" className={`${buttonClassName} md:hidden`} aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        {label}
      </button>
      <div id={id} className={`${open ? 'block' : 'hidden'} md:block`}>
        {children}
      </div>
    </>
  );
}
