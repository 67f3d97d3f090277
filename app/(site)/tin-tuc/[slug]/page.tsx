import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleDate } from '@/components/site/article-date';
import { ArticleLink } from '@/components/site/article-card';
import { FeedbackWidget } from '@/components/site/feedback-widget';
import { JsonLd } from '@/components/site/json-ld';
import { mediaUrl } from '@/lib/media/urls';
import { RichContent } from '@/components/site/rich-content';
import { absoluteUrl, pageMetadata, SITE_NAME } from '@/components/site/seo';
import { PrintActions } from '@/components/site/print-actions';
import { ShareLinks } from '@/components/site/share-links';
import { SiteImage } from '@/components/site/site-image';
import { publishedArticleBySlug } from '@/lib/data/articles';
import { articleSeo } from '@/lib/data/seo';
import { relatedArticlesByTags, tagsOfPublishedArticle } from '@/lib/data/tags';
import { effectiveSeo } from '@/lib/seo/seo-fields';

interface Props {
  params: Promise<{ slug: string }>;
}

// One read per request, shared by generateMetadata and the page.
const articleFor = cache(async (slug: string) => {
  await connection();
  return publishedArticleBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleFor((await params).slug);
  if (!article) return { title: 'Không tìm thấy trang', robots: { index: false } };
  // The editor's search and sharing fields (issue 18), else defaults from the article itself.
  const seo = await articleSeo(article.id);
  const { title, description } = effectiveSeo(seo, { title: article.title, summary: article.summary, bodyText: seo.bodyStart });
  const image = seo.image ?? article.cover;
  return pageMetadata({
    title,
    description,
    path: `/tin-tuc/${article.slug}`,
    type: 'article',
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
    image: image ? { url: mediaUrl(image.storageKey), width: image.width, height: image.height, alt: image.altText } : null,
    noIndex: seo.noindex,
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleFor((await params).slug);
  if (!article) notFound();
  // Related: most shared tags first, then the same category (issue 18).
  const [tags, related] = await Promise.all([tagsOfPublishedArticle(article.id), relatedArticlesByTags(article.id, article.categoryId, 5)]);
  const url = absoluteUrl(`/tin-tuc/${article.slug}`);
  return (
    <article className="article-print">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.title,
          description: article.summary,
          datePublished: article.publishedAt.toISOString(),
          dateModified: article.updatedAt.toISOString(),
          mainEntityOfPage: url,
          image: article.cover ? [absoluteUrl(mediaUrl(article.cover.storageKey))] : undefined,
          author: { '@type': 'Person', name: article.byline || article.authorName },
          publisher: { '@type': 'Organization', name: SITE_NAME },
          articleSection: article.category?.name,
        }}
      />
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/" className="hover:underline">
              Trang chủ
            </Link>{' '}
            ›
          </li>
          <li>
            <Link href="/tin-tuc" className="hover:underline">
              Tin tức
            </Link>
            {article.category && ' ›'}
          </li>
          {article.category && (
            <li>
              <Link href={`/tin-tuc/danh-muc/${article.category.slug}`} className="hover:underline">
                {article.category.name}
              </Link>
            </li>
          )}
        </ol>
      </nav>
      <h1 className="text-2xl font-bold leading-snug text-slate-900 sm:text-3xl">{article.title}</h1>
      <p className="mt-3 flex flex-wrap gap-x-3 text-sm text-slate-600">
        <ArticleDate date={article.publishedAt} />
        {article.category && (
          <Link href={`/tin-tuc/danh-muc/${article.category.slug}`} className="text-brand-700 hover:underline">
            {article.category.name}
          </Link>
        )}
      </p>
      <PrintActions url={url} saveHref={`/tin-tuc/${article.slug}/luu`} />
      {article.summary && <p className="mt-4 text-lg font-semibold leading-relaxed text-slate-800">{article.summary}</p>}
      {article.cover && (
        <figure className="mt-5">
          <SiteImage media={article.cover} priority sizes="(min-width: 1024px) 48rem, 100vw" className="h-auto w-full rounded" />
          {article.cover.altText && <figcaption className="mt-2 text-center text-sm text-slate-600">{article.cover.altText}</figcaption>}
        </figure>
      )}
      <div className="mt-6">
        <RichContent html={article.bodyHtml} />
      </div>
      {article.byline && <p className="mt-6 text-right font-semibold">{article.byline}</p>}
      {tags.length > 0 && (
        <nav aria-label="Thẻ" className="no-print mt-6 flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold text-slate-700">Thẻ:</span>
          <ul className="flex flex-wrap gap-2">
            {tags.map((tag) => (
              <li key={tag.id}>
                <Link
                  href={`/tin-tuc/the/${tag.slug}`}
                  className="inline-block rounded-full border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
                >
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ShareLinks url={url} title={article.title} />
      <FeedbackWidget kind="article" targetId={article.id} />
      {related.length > 0 && (
        <section aria-labelledby="tin-lien-quan" className="no-print mt-10">
          <h2 id="tin-lien-quan" className="mb-3 border-b-2 border-brand-700 pb-2 text-lg font-bold uppercase text-brand-800">
            {tags.length > 0 ? 'Tin liên quan' : 'Tin cùng chuyên mục'}
          </h2>
          <ul className="space-y-3">
            {related.map((item) => (
              <li key={item.id}>
                <ArticleLink article={item} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
