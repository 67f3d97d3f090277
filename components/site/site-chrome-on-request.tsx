import { Suspense } from 'react';
import { connection } from 'next/server';
import { SiteChrome } from './site-chrome';

/**
 * The site chrome as the public layout and the global 404 use it: it reads the database, so it
 * renders on request (from data cached by tag) rather than at build time, and the build needs no
 * database. `fallback` shows while it loads.
 */
export function SiteChromeOnRequest({ children, fallback }: { children: React.ReactNode; fallback: React.ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <ConnectedChrome>{children}</ConnectedChrome>
    </Suspense>
  );
}

async function ConnectedChrome({ children }: { children: React.ReactNode }) {
  await connection();
  return <SiteChrome>{children}</SiteChrome>;
}
