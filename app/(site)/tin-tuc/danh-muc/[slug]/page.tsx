import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleList, pagePath, resolveArticlePage } from '@/components/site/article-list-page';
import { pageMetadata } from '@/components/site/seo';
import { categoryBySlug } from '@/lib/data/categories';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ trang?: string | string[] }>;
}

async function load({ params, searchParams }: Props) {
  await connection();
  const category = await categoryBySlug((await params).slug);
  if (!category) notFound();
  const result = await resolveArticlePage((await searchParams).trang, category.id);
  return { category, result };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { category, result } = await load(props);
  const suffix = result.page > 1 ? ` – trang ${result.page}` : '';
  return pageMetadata({
    title: `${category.name}${suffix}`,
    description: category.description || `Tin tức chuyên mục ${category.name}.`,
    path: pagePath(`/tin-tuc/danh-muc/${category.slug}`, result.page),
  });
}

export default async function CategoryPage(props: Props) {
  const { category, result } = await load(props);
  return <ArticleList title={category.name} description={category.description} basePath={`/tin-tuc/danh-muc/${category.slug}`} result={result} />;
}
