import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { absoluteUrl } from '@/components/site/seo';
import { publishedArticleSlugs } from '@/lib/data/articles';
import { newsCategories } from '@/lib/data/categories';
import { publishedMapDocuments } from '@/lib/data/map-documents';
import { publishedPageSlugs } from '@/lib/data/pages';
import { publishedVideoSlugs } from '@/lib/data/videos';
import { publishedAlbumSlugs } from '@/lib/data/photo-albums';
import { publishedLegalDocumentIds } from '@/lib/data/legal-documents';
import { publishedClusters } from '@/lib/data/clusters';
import { publishedProjects } from '@/lib/data/projects';
import { publishedProcedureSlugs } from '@/lib/data/procedures';
import { publishedDisclosureItems } from '@/lib/data/disclosure';

function newest(dates: Date[]): Date | undefined {
  return dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined;
}

/** Every public URL with its last change. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [articles, categories, videos, maps, pages, documents, clusters, projects, procedures, disclosure, albums] = await Promise.all([
    publishedArticleSlugs(),
    newsCategories(),
    publishedVideoSlugs(),
    publishedMapDocuments(),
    publishedPageSlugs(),
    publishedLegalDocumentIds(),
    publishedClusters(),
    publishedProjects(),
    publishedProcedureSlugs(),
    publishedDisclosureItems({ limit: 500 }),
    publishedAlbumSlugs(),
  ]);
  const latestArticle = newest(articles.map((article) => article.updatedAt));
  return [
    { url: absoluteUrl('/'), lastModified: latestArticle, changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/tin-tuc'), lastModified: latestArticle, changeFrequency: 'daily', priority: 0.9 },
    ...categories.map((category) => ({
      url: absoluteUrl(`/tin-tuc/danh-muc/${category.slug}`),
      lastModified: newest([category.updatedAt, ...(latestArticle ? [latestArticle] : [])]),
    })),
    ...articles.map((article) => ({ url: absoluteUrl(`/tin-tuc/${article.slug}`), lastModified: article.updatedAt })),
    { url: absoluteUrl('/thu-vien-video'), lastModified: newest(videos.map((video) => video.updatedAt)) },
    ...videos.map((video) => ({ url: absoluteUrl(`/thu-vien-video/${video.slug}`), lastModified: video.updatedAt })),
    { url: absoluteUrl('/thu-vien-anh'), lastModified: newest(albums.map((album) => album.updatedAt)) },
    ...albums.map((album) => ({ url: absoluteUrl(`/thu-vien-anh/${album.slug}`), lastModified: album.updatedAt })),
    { url: absoluteUrl('/ban-do-hanh-chinh'), lastModified: newest(maps.map((map) => map.updatedAt)) },
    ...pages.map((page) => ({ url: absoluteUrl(page.locale === 'en' ? `/en/${page.slug}` : `/${page.slug}`), lastModified: page.updatedAt })),
    { url: absoluteUrl('/van-ban'), lastModified: newest(documents.map((document) => document.updatedAt)) },
    ...documents.map((document) => ({ url: absoluteUrl(`/van-ban/${document.id}`), lastModified: document.updatedAt })),
    { url: absoluteUrl('/cum-cong-nghiep') },
    { url: absoluteUrl('/cum-cong-nghiep/ban-do') },
    ...clusters.map((cluster) => ({ url: absoluteUrl(`/cum-cong-nghiep/${cluster.slug}`) })),
    { url: absoluteUrl('/du-an') },
    ...projects.map((project) => ({ url: absoluteUrl(`/du-an/${project.slug}`), lastModified: project.updatedAt })),
    { url: absoluteUrl('/thu-tuc-hanh-chinh'), lastModified: newest(procedures.map((procedure) => procedure.updatedAt)) },
    ...procedures.map((procedure) => ({ url: absoluteUrl(`/thu-tuc-hanh-chinh/${procedure.slug}`), lastModified: procedure.updatedAt })),
    { url: absoluteUrl('/cong-khai'), lastModified: newest(disclosure.map((item) => item.updatedAt)) },
    ...disclosure.map((item) => ({ url: absoluteUrl(`/cong-khai/${item.slug}`), lastModified: item.updatedAt })),
    { url: absoluteUrl('/lien-he') },
    // Page-backed sections (NĐ 224/2026 Đ9 k1b): listed even when their Page text is gone.
    ...['/co-cau-to-chuc', '/lanh-dao']
      .filter((path) => !pages.some((page) => page.locale === 'vi' && `/${page.slug}` === path))
      .map((path) => ({ url: absoluteUrl(path) })),
    { url: absoluteUrl('/tim-kiem') },
    { url: absoluteUrl('/so-do-trang') },
  ];
}
