import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { FeedbackWidget } from '@/components/site/feedback-widget';
import { RichContent } from '@/components/site/rich-content';
import { withLanguageAlternates } from '@/components/site/language-alternates';
import { PrintActions } from '@/components/site/print-actions';
import { absoluteUrl, firstBodyImage, pageMetadata } from '@/components/site/seo';
import { pageLanguagePaths, publishedPageBySlug } from '@/lib/data/pages';

interface Props {
  params: Promise<{ slug: string }>;
}

const pageFor = cache(async (slug: string) => {
  await connection();
  return publishedPageBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageFor((await params).slug);
  if (!page) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return withLanguageAlternates(
    pageMetadata({
      title: page.title,
      description: page.bodyText.slice(0, 200),
      path: `/${page.slug}`,
      image: firstBodyImage(page.bodyHtml),
      modifiedTime: page.updatedAt,
    }),
    await pageLanguagePaths(page.translationKey),
  );
}

/** Static pages edited by staff: Giới thiệu, Liên hệ and any other published Page. */
export default async function StaticPage({ params }: Props) {
  const page = await pageFor((await params).slug);
  if (!page) notFound();
  return (
    <article className="article-print">
      <h1 className="mb-5 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800 sm:text-3xl">{page.title}</h1>
      <RichContent html={page.bodyHtml} />
      <PrintActions url={absoluteUrl(`/${page.slug}`)} />
      <FeedbackWidget kind="page" targetId={page.id} />
    </article>
  );
}
