import { describe, expect, it } from 'vitest';
import { BODY_IMAGE_SIZES } from './body-images';
import { sanitizeRichHtml } from './sanitize';

// What the renderer emits for a library image (<picture> of /media/ variants) passes unchanged;
// any other srcset, type, sizes or dimension is removed, whatever the stored HTML or a hostile
// media row said.

const IMG = '<img src="/media/a-1600.jpg" alt="a" width="1600" height="900" loading="lazy" decoding="async" />';
const source = (srcset: string, type = 'image/webp', sizes: string | null = BODY_IMAGE_SIZES) =>
  `<source type="${type}" srcset="${srcset}"${sizes === null ? '' : ` sizes="${sizes}"`} />`;
const picture = (...sources: string[]) => `<figure><picture>${sources.join('')}${IMG}</picture></figure>`;
const GOOD = '/media/a-320.webp 320w, /media/a-640.webp 640w';

describe('sanitizeRichHtml: <picture> of library variants', () => {
  it('keeps exactly what the renderer emits', () => {
    const html = picture(
      source('/media/a-320.avif 320w, /media/a-640.avif 640w', 'image/avif'),
      source(GOOD),
      source('/media/a-320.webp 320w', 'image/webp', null),
    );
    expect(sanitizeRichHtml(html)).toBe(html);
  });

  it.each([
    ['a javascript: candidate', '/media/a-320.webp 320w, javascript:__xss(1) 640w'],
    ['a JavaScript: candidate in mixed case with spaces', ' JaVaScRiPt:__xss(1) 1w'],
    ['an outside host', 'https://attacker.invalid/x.png 320w'],
    ['a protocol-relative host', '//attacker.invalid/x.png 320w'],
    ['a data: URI', 'data:image/webp;base64,UklGRg== 320w'],
    ['a data: URI hidden after a good candidate', '/media/a-320.webp 320w, data:image/svg+xml,<svg onload=__xss(1)> 2w'],
    ['a dot-dot path out of /media', '/media/../api/cache/invalidate 320w'],
    ['an encoded dot-dot path', '/media/%2e%2e/quan-tri 320w'],
    ['a comma smuggling a second URL', '/media/a-320.webp,https://attacker.invalid/x 320w'],
    ['descriptor injection', '/media/a-320.webp 320w 2x'],
    ['a density descriptor', '/media/a-320.webp 2x'],
    ['a missing descriptor', '/media/a-320.webp'],
    ['a zero width', '/media/a-320.webp 0w'],
    ['an address outside /media', '/quan-tri/nguoi-dung 320w'],
    ['an empty list', ''],
  ])('drops a <source> with %s', (_label, srcset) => {
    expect(sanitizeRichHtml(picture(source(srcset)))).toBe(`<figure><picture>${IMG}</picture></figure>`);
  });

  it.each([
    ['an unknown type', source(GOOD, 'text/html')],
    ['a JPEG type', source(GOOD, 'image/jpeg')],
    ['a different sizes value', source(GOOD, 'image/webp', '100vw')],
    ['sizes with injected markup', source(GOOD, 'image/webp', '100vw&quot; onerror=&quot;__xss(1)')],
    ['no srcset at all', '<source type="image/webp" />'],
    ['a src (video sources)', '<source src="https://attacker.invalid/v.mp4" type="video/mp4" />'],
  ])('drops a <source> with %s', (_label, markup) => {
    expect(sanitizeRichHtml(picture(markup))).toBe(`<figure><picture>${IMG}</picture></figure>`);
  });

  it('strips event handlers and unknown attributes from a kept <source> and <picture>', () => {
    const html = `<picture onclick="__xss(1)" class="x"><source type="image/webp" srcset="${GOOD}" media="(min-width: 1px)" onerror="__xss(1)" />${IMG}</picture>`;
    expect(sanitizeRichHtml(html)).toBe(`<picture><source type="image/webp" srcset="${GOOD}" />${IMG}</picture>`);
  });

  it('keeps width/height on images only as whole numbers', () => {
    expect(sanitizeRichHtml('<img src="/media/a.webp" width="640" height="360" />')).toBe('<img src="/media/a.webp" width="640" height="360" />');
    expect(sanitizeRichHtml('<img src="/media/a.webp" width="100%" height="1e9" />')).toBe('<img src="/media/a.webp" />');
    expect(sanitizeRichHtml('<img src="/media/a.webp" width="-1" height="12px" />')).toBe('<img src="/media/a.webp" />');
  });

  it('still drops images from outside the library, including dot-dot paths', () => {
    expect(sanitizeRichHtml('<picture><img src="https://attacker.invalid/x.png" /></picture>')).toBe('<picture></picture>');
    expect(sanitizeRichHtml('<img src="/media/../api/health" />')).toBe('');
  });
});

describe('links (issue 14: valid HTML)', () => {
  it('keeps links to site paths and turns a link without an allowed address into its text', () => {
    expect(sanitizeRichHtml('<p><a href="/van-ban">Văn bản</a></p>')).toBe('<p><a href="/van-ban" rel="noopener noreferrer nofollow">Văn bản</a></p>');
    for (const bad of [
      '<a>Văn bản</a>',
      '<a href="javascript:alert(1)">Văn bản</a>',
      '<a href="//evil.example">Văn bản</a>',
      '<a href="/\\evil.example">Văn bản</a>',
    ]) {
      expect(sanitizeRichHtml(`<p>${bad}</p>`), bad).toBe('<p>Văn bản</p>');
    }
  });
});
