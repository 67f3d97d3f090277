import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { absoluteUrl } from '@/components/site/seo';
import { publishedArticleSlugs } from '@/lib/data/articles';
import { newsCategories } from '@/lib/data/categories';
import { publishedMapDocuments } from '@/lib/data/map-documents';
import { publishedPageSlugs } from '@/lib/data/pages';
import { publishedVideoSlugs } from '@/lib/data/videos';

function newest(dates: Date[]): Date | undefined {
  return dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined;
}

/** Every public URL with its last change. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [articles, categories, videos, maps, pages] = await Promise.all([
    publishedArticleSlugs(),
    newsCategories(),
    publishedVideoSlugs(),
    publishedMapDocuments(),
    publishedPageSlugs(),
  ]);
  const latestArticle = newest(articles.map((article) => article.updatedAt));
  return [
    { url: absoluteUrl('/'), lastModified: latestArticle, changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/tin-tuc'), lastModified: latestArticle, changeFrequency: 'daily', priority: 0.9 },
    ...categories.map((category) => ({ url: absoluteUrl(`/tin-tuc/danh-muc/${category.slug}`), lastModified: newest([category.updatedAt, ...(latestArticle ? [latestArticle] : [])]) })),
    ...articles.map((article) => ({ url: absoluteUrl(`/tin-tuc/${article.slug}`), lastModified: article.updatedAt })),
    { url: absoluteUrl('/thu-vien-video'), lastModified: newest(videos.map((video) => video.updatedAt)) },
    ...videos.map((video) => ({ url: absoluteUrl(`/thu-vien-video/${video.slug}`), lastModified: video.updatedAt })),
    { url: absoluteUrl('/ban-do-hanh-chinh'), lastModified: newest(maps.map((map) => map.updatedAt)) },
    ...pages.map((page) => ({ url: absoluteUrl(`/${page.slug}`), lastModified: page.updatedAt })),
    { url: absoluteUrl('/tim-kiem') },
  ];
}
