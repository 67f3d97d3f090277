import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOP_LEVEL_ROUTES } from '@/lib/routes/reserved';
import { firstBodyImage, pageMetadata } from './seo';

// SITE_URL is run-time configuration (issue 13 item 6). A `metadata` constant is evaluated into
// the page's prerendered shell at build time, so absolute URLs there carry the build's address:
// pages build them in generateMetadata (metadataOnRequest) instead.

const pages = (readdirSync('app', { recursive: true }) as string[]).filter((file) => /(?:page|layout)\.tsx$/.test(file));

describe('absolute URLs in metadata', () => {
  it('are never built into a metadata constant', () => {
    const offenders = pages.filter((file) => {
      const source = readFileSync(path.join('app', file), 'utf8');
      const constant = /export const metadata\b[^;]*;/s.exec(source)?.[0] ?? '';
      return /pageMetadata\(|absoluteUrl\(|siteUrl\(/.test(constant);
    });
    expect(offenders).toEqual([]);
  });
});

describe('top-level routes', () => {
  it('TOP_LEVEL_ROUTES lists exactly the reserved names that have a page or route of their own', () => {
    const own = (name: string) =>
      (name === 'icon.svg' && readdirSync('app').includes(name)) ||
      ['app', 'app/(site)'].some((root) =>
        ['page.tsx', 'route.ts'].some((file) => readdirSync(root).includes(name) && readdirSync(path.join(root, name)).includes(file)),
      ) ||
      ['robots.txt', 'sitemap.xml'].includes(name) ||
      name === 'quan-tri';
    for (const name of TOP_LEVEL_ROUTES) expect(own(name), name).toBe(true);
  });
});

afterEach(() => vi.unstubAllEnvs());

describe('pageMetadata', () => {
  it('gives a page without an image of its own the default 1200×630 share image, absolute from the run-time SITE_URL', () => {
    vi.stubEnv('SITE_URL', 'https://ccn.example.vn/');
    const metadata = pageMetadata({ title: 'Văn bản', path: '/van-ban' });
    expect(metadata.alternates?.canonical).toBe('https://ccn.example.vn/van-ban');
    expect(metadata.openGraph).toMatchObject({
      locale: 'vi_VN',
      url: 'https://ccn.example.vn/van-ban',
      images: [{ url: 'https://ccn.example.vn/anh-chia-se.png', width: 1200, height: 630 }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: ['https://ccn.example.vn/anh-chia-se.png'] });
  });

  it('uses the page’s own image and article times when given', () => {
    vi.stubEnv('SITE_URL', 'https://ccn.example.vn');
    const metadata = pageMetadata({
      title: 'Tin',
      path: '/tin-tuc/a',
      type: 'article',
      publishedTime: new Date('2026-01-02T03:04:05Z'),
      modifiedTime: new Date('2026-01-03T03:04:05Z'),
      image: { url: '/media/x.jpg', width: 800, height: 450 },
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-01-02T03:04:05.000Z',
      modifiedTime: '2026-01-03T03:04:05.000Z',
      images: [{ url: 'https://ccn.example.vn/media/x.jpg', width: 800 }],
    });
  });
});

describe('firstBodyImage', () => {
  it('finds the first library image of a body with its size and alt text', () => {
    const html =
      '<p>x</p><img src="https://other.example/a.png"><picture><source srcset="/media/a.avif 400w"><img src="/media/abc/x.jpg" alt="Ảnh &quot;a&quot;" width="800" height="600" loading="lazy"></picture>';
    expect(firstBodyImage(html)).toEqual({ url: '/media/abc/x.jpg', width: 800, height: 600, alt: 'Ảnh "a"' });
    expect(firstBodyImage('<p>no image</p>')).toBeNull();
  });
});
