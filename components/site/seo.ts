import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { DEFAULT_SHARE_IMAGE } from '@/lib/share/default-share-image';

// Absolute URLs and the shared metadata shape of public pages. SITE_URL is read when a page
// renders (not at build), so one build serves any address.

export const SITE_NAME = 'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình';
/** After " | " in every page title (root layout template; the global 404, which has no layout). */
export const TITLE_SUFFIX = 'Trung tâm Đầu tư phát triển CCN Ninh Bình';
/** The root layout's viewport, also declared by the global 404 (which has no layout). */
export const SITE_VIEWPORT: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0a4d8f' };
export const DEFAULT_DESCRIPTION =
  'Cổng thông tin điện tử của Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình: tin tức, thư viện video, bản đồ hành chính.';

export function siteUrl(): string {
  return (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

export interface PageMetadataInput {
  title: string;
  description?: string;
  path: string;
  image?: { url: string; width?: number | null; height?: number | null; alt?: string } | null;
  type?: 'website' | 'article';
  publishedTime?: Date;
  modifiedTime?: Date;
  noIndex?: boolean;
}

/**
 * generateMetadata for a page whose metadata needs nothing but its address: read on request, so
 * the canonical and og:url carry the run-time SITE_URL. (A `metadata` constant is evaluated
 * into the page's prerendered shell at build time, with the build's address.)
 */
export function metadataOnRequest(input: PageMetadataInput): () => Promise<Metadata> {
  return async () => {
    await connection();
    return pageMetadata(input);
  };
}

/** Title, description, canonical URL, OpenGraph and Twitter card for one public page. */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const description = (input.description || DEFAULT_DESCRIPTION).slice(0, 300);
  const url = absoluteUrl(input.path);
  // Every page has a share image: its own, else the agency's default (lib/share), so a link
  // shared on Zalo or Facebook never previews as a bare line of text.
  const image = input.image ?? { url: DEFAULT_SHARE_IMAGE.path, width: DEFAULT_SHARE_IMAGE.width, height: DEFAULT_SHARE_IMAGE.height, alt: SITE_NAME };
  const images = [{ url: absoluteUrl(image.url), width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt || input.title }];
  return {
    title: input.title,
    description,
    alternates: { canonical: url, types: { 'application/rss+xml': absoluteUrl('/rss.xml') } },
    openGraph: {
      type: input.type ?? 'website',
      locale: 'vi_VN',
      siteName: SITE_NAME,
      title: input.title,
      description,
      url,
      images,
      ...(input.type === 'article' ? { publishedTime: input.publishedTime?.toISOString(), modifiedTime: input.modifiedTime?.toISOString() } : {}),
    },
    twitter: { card: 'summary_large_image', title: input.title, description, images: images.map((entry) => entry.url) },
    robots: input.noIndex ? { index: false, follow: true } : undefined,
  };
}

/** The first library image of a rendered body (`<img src="/media/…">`), as a share image. */
export function firstBodyImage(html: string): PageMetadataInput['image'] {
  const tag = /<img\b[^>]*\bsrc="(\/media\/[^"]+)"[^>]*>/i.exec(html);
  if (!tag?.[1]) return null;
  const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag[0])?.[1];
  const width = Number(attribute('width'));
  const height = Number(attribute('height'));
  return {
    url: tag[1],
    width: width > 0 ? width : null,
    height: height > 0 ? height : null,
    alt: attribute('alt')
      ?.replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  };
}
