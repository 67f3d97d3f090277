import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ArticleList, pagePath, resolveArticlePage } from '@/components/site/article-list-page';
import { pageMetadata } from '@/components/site/seo';

interface Props {
  searchParams: Promise<{ trang?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await connection();
  const result = await resolveArticlePage((await searchParams).trang);
  const suffix = result.page > 1 ? ` – trang ${result.page}` : '';
  return pageMetadata({
    title: `Tin tức${suffix}`,
    description: 'Tin tức mới nhất về các cụm công nghiệp tỉnh Ninh Bình.',
    path: pagePath('/tin-tuc', result.page),
  });
}

export default async function NewsPage({ searchParams }: Props) {
  await connection();
  const result = await resolveArticlePage((await searchParams).trang);
  return <ArticleList title="Tin tức" basePath="/tin-tuc" result={result} />;
}
