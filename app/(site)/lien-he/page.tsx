import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ContactDetails, VI_CONTACT_LABELS } from '@/components/site/contact-details';
import { ContactForm } from '@/components/site/contact-form';
import { withLanguageAlternates } from '@/components/site/language-alternates';
import { RichContent } from '@/components/site/rich-content';
import { pageMetadata } from '@/components/site/seo';
import { publishedOfficials } from '@/lib/data/officials';
import { pageLanguagePaths, publishedPageBySlug } from '@/lib/data/pages';
import { getSiteSettings } from '@/lib/data/settings';
import { issueFormToken } from '@/lib/decree/form-token';

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const page = await publishedPageBySlug('lien-he');
  const paths = { ...(await pageLanguagePaths(page?.translationKey ?? 'lien-he')), vi: '/lien-he' };
  return withLanguageAlternates(
    pageMetadata({
      title: page?.title ?? 'Liên hệ',
      description: 'Địa chỉ, điện thoại, fax, email và cán bộ đầu mối của Trung tâm; gửi tin nhắn cho Trung tâm.',
      path: '/lien-he',
    }),
    paths,
  );
}

/** Contact: the staff-edited "Liên hệ" page text, the agency's details, focal-point officials and the contact form. */
export default async function ContactPage() {
  await connection();
  const [page, settings, officials] = await Promise.all([publishedPageBySlug('lien-he'), getSiteSettings(), publishedOfficials()]);
  return (
    <div className="article-print">
      <h1 className="mb-5 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800 sm:text-3xl">{page?.title ?? 'Liên hệ'}</h1>
      {page?.bodyHtml && (
        <div className="mb-5">
          <RichContent html={page.bodyHtml} />
        </div>
      )}
      <ContactDetails settings={settings} officials={officials} labels={VI_CONTACT_LABELS} />
      <section aria-labelledby="gui-tin-nhan" className="no-print mt-8">
        <h2 id="gui-tin-nhan" className="mb-3 text-lg font-bold text-brand-800">
          Gửi tin nhắn
        </h2>
        <ContactForm formToken={issueFormToken()} />
      </section>
    </div>
  );
}
