import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { pageLanguagePaths, publishedPageBySlug } from '@/lib/data/pages';
import { withLanguageAlternates } from './language-alternates';
import { PrintActions } from './print-actions';
import { RichContent } from './rich-content';
import { absoluteUrl, pageMetadata } from './seo';

export async function englishPageMetadata(slug: string): Promise<Metadata> {
  await connection();
  const page = await publishedPageBySlug(slug, 'en');
  if (!page) return { title: 'Page not found', robots: { index: false } };
  const metadata = pageMetadata({ title: page.title, description: page.bodyText.slice(0, 200), path: `/en/${page.slug}` });
  return withLanguageAlternates(
    { ...metadata, openGraph: { ...metadata.openGraph, locale: 'en_GB' } },
    { ...(await pageLanguagePaths(page.translationKey)), en: `/en/${page.slug}` },
  );
}

/** An English static page (edited in the admin as a page with language "en"). */
export async function EnglishPage({ slug }: { slug: string }) {
  await connection();
  const page = await publishedPageBySlug(slug, 'en');
  if (!page) notFound();
  return (
    <article className="article-print">
      <h1 className="mb-5 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800 sm:text-3xl">{page.title}</h1>
      <RichContent html={page.bodyHtml} />
      <PrintActions url={absoluteUrl(`/en/${page.slug}`)} />
    </article>
  );
}
