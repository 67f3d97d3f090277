import { Suspense } from 'react';
import { connection } from 'next/server';
import { SiteChrome } from '@/components/site/site-chrome';

// Everything below reads the database, so it renders on request (from data cached by tag)
// rather than at build time: the build needs no database.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={<div className="min-h-screen" aria-busy="true" />}>
      <ConnectedChrome>{children}</ConnectedChrome>
    </Suspense>
  );
}

async function ConnectedChrome({ children }: { children: React.ReactNode }) {
  await connection();
  return <SiteChrome>{children}</SiteChrome>;
}
