import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstBodyImage, pageMetadata } from './seo';

afterEach(() => vi.unstubAllEnvs());

describe('pageMetadata', () => {
  it('gives a page without an image of its own the default 1200×630 share image, absolute from the run-time SITE_URL', () => {
    vi.stubEnv('SITE_URL', 'https://ccn.example.vn/');
    const metadata = pageMetadata({ title: 'Văn bản', path: '/van-ban' });
    expect(metadata.alternates?.canonical).toBe('https://ccn.example.vn/van-ban');
    expect(metadata.openGraph).toMatchObject({ locale: 'vi_VN', url: 'https://ccn.example.vn/van-ban', images: [{ url: 'https://ccn.example.vn/anh-chia-se.png', width: 1200, height: 630 }] });
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
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2026-01-02T03:04:05.000Z', modifiedTime: '2026-01-03T03:04:05.000Z', images: [{ url: 'https://ccn.example.vn/media/x.jpg', width: 800 }] });
  });
});

describe('firstBodyImage', () => {
  it('finds the first library image of a body with its size and alt text', () => {
    const html = '<p>x</p><img src="https://other.example/a.png"><picture><source srcset="/media/a.avif 400w"><img src="/media/abc/x.jpg" alt="Ảnh &quot;a&quot;" width="800" height="600" loading="lazy"></picture>';
    expect(firstBodyImage(html)).toEqual({ url: '/media/abc/x.jpg', width: 800, height: 600, alt: 'Ảnh "a"' });
    expect(firstBodyImage('<p>no image</p>')).toBeNull();
  });
});
