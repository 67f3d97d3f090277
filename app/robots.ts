import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { absoluteUrl } from '@/components/site/seo';

export default async function robots(): Promise<MetadataRoute.Robots> {
  // SITE_URL is read at request time, not baked in at build.
  await connection();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/quan-tri', '/api', '/dang-nhap', '/tim-kiem?'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
