import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { BODY_IMAGE_SIZES, bodyImageMediaWhere, bodyImagesFromMedia, libraryImageSources, type BodyImageMedia } from './body-images';
import { renderContent } from './render';

const PREFIX = 'images/2026/11/0b5c4c5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const media: BodyImageMedia = {
  storageKey: `${PREFIX}-1600.jpg`,
  width: 1600,
  height: 900,
  variants: [640, 320, 1600].flatMap((width) => [
    { width, format: 'webp', key: `${PREFIX}-${width}.webp`, bytes: 10 },
    { width, format: 'avif', key: `${PREFIX}-${width}.avif`, bytes: 8 },
  ]),
};
const image = (src: string, extra: Record<string, unknown> = {}) => ({
  type: 'image',
  attrs: { src, alt: 'Toàn cảnh cụm công nghiệp', caption: '', ...extra },
});
const doc = (...content: unknown[]) => ({ type: 'doc', content });

const window = new Window();
function parse(html: string) {
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('libraryImageSources', () => {
  it('lists each library image once, in nested content too, and ignores other addresses', () => {
    const body = doc(
      image('/media/a-1.webp'),
      { type: 'blockquote', content: [image('/media/b-2.webp')] },
      image('/media/a-1.webp'),
      image('https://tracker.example/p.gif'),
      image('/media/../api/health'),
      image('data:image/png;base64,AAAA'),
      { type: 'paragraph', content: [{ type: 'text', text: '/media/c-3.webp' }] },
    );
    expect(libraryImageSources(body)).toEqual(['/media/a-1.webp', '/media/b-2.webp']);
    expect(libraryImageSources(null, 'x', doc(image('/media/d-4.png')))).toEqual(['/media/d-4.png']);
  });
});

describe('bodyImageMediaWhere', () => {
  it('matches originals exactly and variant families by their shared prefix', () => {
    expect(bodyImageMediaWhere([`/media/${PREFIX}-640.webp`, `/media/${PREFIX}-1600.jpg`, '/media/old/anh.jpg'])).toEqual({
      OR: [{ storageKey: { in: [`${PREFIX}-640.webp`, `${PREFIX}-1600.jpg`, 'old/anh.jpg'] } }, { storageKey: { startsWith: `${PREFIX}-` } }],
    });
  });
});

describe('bodyImagesFromMedia', () => {
  it('finds the row for the original and for any of its variants', () => {
    const sources = [`/media/${PREFIX}-1600.jpg`, `/media/${PREFIX}-320.avif`, '/media/khac-100.png'];
    const images = bodyImagesFromMedia(sources, [media]);
    expect([...images.keys()]).toEqual(sources.slice(0, 2));
    expect(images.get(sources[0]!)).toEqual({
      width: 1600,
      height: 900,
      sources: [
        { type: 'image/avif', srcset: `/media/${PREFIX}-320.avif 320w, /media/${PREFIX}-640.avif 640w, /media/${PREFIX}-1600.avif 1600w` },
        { type: 'image/webp', srcset: `/media/${PREFIX}-320.webp 320w, /media/${PREFIX}-640.webp 640w, /media/${PREFIX}-1600.webp 1600w` },
      ],
    });
  });

  it('skips rows without dimensions (nothing to reserve) and keeps only the formats that exist', () => {
    const noSize = { ...media, storageKey: 'x/anh-1.jpg', width: null, variants: [] };
    const webpOnly = {
      storageKey: 'y/dong-200.gif',
      width: 200,
      height: 100,
      variants: [
        { width: 200, format: 'webp', key: 'y/dong-200.webp', bytes: 1 },
        { width: 'x', format: 'avif', key: 'y/bad.avif' },
      ],
    };
    const images = bodyImagesFromMedia(['/media/x/anh-1.jpg', '/media/y/dong-200.gif'], [noSize, webpOnly]);
    expect(images.has('/media/x/anh-1.jpg')).toBe(false);
    expect(images.get('/media/y/dong-200.gif')).toEqual({ width: 200, height: 100, sources: [{ type: 'image/webp', srcset: '/media/y/dong-200.webp 200w' }] });
  });
});

describe('renderContent with library images', () => {
  const src = `/media/${PREFIX}-1600.jpg`;
  const images = bodyImagesFromMedia([src], [media]);

  it('draws a known image as <picture> with AVIF then WebP sources, the original size, lazy and async', () => {
    const { html } = renderContent(doc(image(src, { caption: 'Ảnh minh hoạ' })), { images });
    const figure = parse(html).querySelector('figure')!;
    const picture = figure.querySelector('picture')!;
    const sources = [...picture.querySelectorAll('source')];
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources.map((source) => source.getAttribute('srcset'))).toEqual(images.get(src)!.sources.map((source) => source.srcset));
    expect(sources.every((source) => source.getAttribute('sizes') === BODY_IMAGE_SIZES)).toBe(true);
    const img = picture.querySelector('img')!;
    expect(Object.fromEntries([...img.attributes].map((attribute) => [attribute.name, attribute.value]))).toEqual({
      src,
      alt: 'Toàn cảnh cụm công nghiệp',
      width: '1600',
      height: '900',
      loading: 'lazy',
      decoding: 'async',
    });
    expect(figure.querySelector('figcaption')?.textContent).toBe('Ảnh minh hoạ');
  });

  it('keeps an image with no media row as a plain lazy <img> with its alt text, and ignores sizes written in the JSON', () => {
    const { html } = renderContent(doc(image('/media/da-xoa-800.png', { width: '100%', height: '12' }), image(src, { width: '10', height: '10' })), { images });
    const [missing, known] = [...parse(html).querySelectorAll('img')];
    expect(missing?.outerHTML).toBe('<img src="/media/da-xoa-800.png" alt="Toàn cảnh cụm công nghiệp" loading="lazy" decoding="async">');
    expect(missing?.parentElement?.tagName).toBe('FIGURE');
    expect([known?.getAttribute('width'), known?.getAttribute('height')]).toEqual(['1600', '900']);
    // Without the map (the editor, or a caller that skipped the lookup) nothing changes shape.
    expect(renderContent(doc(image(src))).html).toBe(`<figure><img src="${src}" alt="Toàn cảnh cụm công nghiệp" loading="lazy" decoding="async" /></figure>`);
  });
});
