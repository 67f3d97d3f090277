import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleList, pagePath } from '@/components/site/article-list-page';
import { absoluteUrl, pageMetadata } from '@/components/site/seo';
import { parsePageParam } from '@/lib/data/articles';
import { publishedArticlesWithTag, tagBySlug } from '@/lib/data/tags';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ trang?: string | string[] }>;
}

// A tag's page: its public articles, newest first, ten a page, with its RSS feed. Old slugs of
// a renamed tag answer 308 from the proxy (lib/data/public-routes.ts).
async function load({ params, searchParams }: Props) {
  await connection();
  const tag = await tagBySlug((await params).slug);
  if (!tag) notFound();
  const requested = parsePageParam((await searchParams).trang) ?? 1;
  const first = await publishedArticlesWithTag(tag.id, requested);
  const result = requested <= first.pageCount ? first : await publishedArticlesWithTag(tag.id, first.pageCount);
  return { tag, result };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { tag, result } = await load(props);
  const suffix = result.page > 1 ? ` – trang ${result.page}` : '';
  const metadata = pageMetadata({
    title: `Thẻ: ${tag.name}${suffix}`,
    description: `Tin bài gắn thẻ “${tag.name}”.`,
    path: pagePath(`/tin-tuc/the/${tag.slug}`, result.page),
  });
  return { ...metadata, alternates: { ...metadata.alternates, types: { 'application/rss+xml': absoluteUrl(`/tin-tuc/the/${tag.slug}/rss.xml`) } } };
}

export default async function TagPage(props: Props) {
  const { tag, result } = await load(props);
  return (
    <>
      <ArticleList title={`Thẻ: ${tag.name}`} basePath={`/tin-tuc/the/${tag.slug}`} result={result} />
      <p className="mt-6 text-sm">
        <a href={`/tin-tuc/the/${tag.slug}/rss.xml`} className="text-brand-700 underline">
          Theo dõi thẻ “{tag.name}” qua RSS
        </a>
      </p>
    </>
  );
}
