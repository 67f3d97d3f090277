import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ContactDetails, EN_CONTACT_LABELS } from '@/components/site/contact-details';
import { withLanguageAlternates } from '@/components/site/language-alternates';
import { RichContent } from '@/components/site/rich-content';
import { pageMetadata } from '@/components/site/seo';
import { publishedOfficials } from '@/lib/data/officials';
import { publishedPageBySlug } from '@/lib/data/pages';
import { getSiteSettings } from '@/lib/data/settings';

export async function generateMetadata(): Promise<Metadata> {
  const metadata = pageMetadata({ title: 'Contact', description: 'Address, phone, fax, email and focal-point officials of the Centre.', path: '/en/contact' });
  return withLanguageAlternates({ ...metadata, openGraph: { ...metadata.openGraph, locale: 'en_GB' } }, { vi: '/lien-he', en: '/en/contact' });
}

/** English contact information: an optional staff-edited English page "contact-details" plus the agency's details. */
export default async function EnglishContactPage() {
  await connection();
  const [page, settings, officials] = await Promise.all([publishedPageBySlug('contact-details', 'en'), getSiteSettings(), publishedOfficials()]);
  return (
    <div className="article-print">
      <h1 className="mb-5 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800 sm:text-3xl">{page?.title ?? 'Contact'}</h1>
      {page?.bodyHtml && (
        <div className="mb-5">
          <RichContent html={page.bodyHtml} />
        </div>
      )}
      <ContactDetails settings={settings} officials={officials} labels={EN_CONTACT_LABELS} />
      <p className="no-print mt-6">
        To send us a message, please use the{' '}
        <Link href="/lien-he" hrefLang="vi" className="text-brand-700 underline">
          contact form (in Vietnamese)
        </Link>
        .
      </p>
    </div>
  );
}
