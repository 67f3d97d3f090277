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
import { pageSeo } from '@/lib/data/seo';
import { mediaUrl } from '@/lib/media/urls';
import { effectiveSeo } from '@/lib/seo/seo-fields';

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
  // The editor's search and sharing fields (issue 18), else defaults from the page itself.
  const seo = await pageSeo(page.id);
  const { title, description } = effectiveSeo(seo, { title: page.title, summary: '', bodyText: page.bodyText });
  return withLanguageAlternates(
    pageMetadata({
      title,
      description,
      path: `/${page.slug}`,
      image: seo.image
        ? { url: mediaUrl(seo.image.storageKey), width: seo.image.width, height: seo.image.height, alt: seo.image.altText }
        : firstBodyImage(page.bodyHtml),
      modifiedTime: page.updatedAt,
      noIndex: seo.noindex,
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
