import Link from 'next/link';
import { publishedEnglishPages } from '@/lib/data/pages';
import { getSiteSettings } from '@/lib/data/settings';

export const ENGLISH_SITE_NAME = 'Ninh Binh Industrial Cluster Development and Investment Centre';

/** Header, menu and footer of the English pages; <main lang="en"> (the document itself stays lang="vi"). */
export async function EnglishChrome({ children }: { children: React.ReactNode }) {
  const [pages, settings] = await Promise.all([publishedEnglishPages(), getSiteSettings()]);
  const item = 'block px-3 py-3 hover:bg-brand-700 focus-visible:bg-brand-700';
  return (
    <>
      <a href="#content" className="skip-link" lang="en">
        Skip to main content
      </a>
      <header className="no-print border-b-4 border-accent-500 bg-brand-800 text-white" lang="en">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-5">
          <Link href="/en" className="text-base font-bold uppercase tracking-wide sm:text-xl">
            {ENGLISH_SITE_NAME}
          </Link>
          <Link href="/" hrefLang="vi" lang="vi" className="rounded border border-white/60 px-3 py-1 text-sm font-semibold hover:bg-white/10">
            Tiếng Việt
          </Link>
        </div>
        <nav aria-label="English menu" className="bg-brand-900">
          <ul className="mx-auto flex max-w-6xl flex-wrap px-2 text-sm font-semibold">
            {pages.map((page) => (
              <li key={page.slug}>
                <Link href={`/en/${page.slug}`} className={item}>
                  {page.title}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/en/contact" className={item}>
                Contact
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="content" tabIndex={-1} lang="en" className="mx-auto min-h-[50vh] max-w-4xl px-4 py-6">
        {children}
      </main>
      <footer className="no-print mt-10 bg-brand-900 text-sm text-white/90" lang="en">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
          <p className="font-semibold uppercase">{ENGLISH_SITE_NAME}</p>
          <p lang="vi">{settings['site.name']}</p>
          {settings['contact.address'] && (
            <p>
              Address: <span lang="vi">{settings['contact.address']}</span>
            </p>
          )}
        </div>
      </footer>
    </>
  );
}
