import { Suspense } from 'react';
import { connection } from 'next/server';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SiteSidebar } from '@/components/site/site-sidebar';
import { getSiteSettings } from '@/lib/data/settings';

// Everything below reads the database, so it renders on request (from data cached by tag)
// rather than at build time: the build needs no database.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={<div className="min-h-screen" aria-busy="true" />}>
      <SiteChrome>{children}</SiteChrome>
    </Suspense>
  );
}

async function SiteChrome({ children }: { children: React.ReactNode }) {
  await connection();
  const settings = await getSiteSettings();
  return (
    <>
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <SiteHeader siteName={settings['site.name']} />
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <main id="noi-dung" tabIndex={-1} className="min-w-0">
          {children}
        </main>
        <SiteSidebar />
      </div>
      <SiteFooter settings={settings} />
    </>
  );
}
