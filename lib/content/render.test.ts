import { describe, expect, it } from 'vitest';
import { InvalidContentError, paragraphsToDocument, renderContent } from './render';
import { sanitizeRichHtml } from './sanitize';
import { slugify } from './slugify';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('renderContent', () => {
  it('renders the allowed structure to HTML and plain text', () => {
    const rendered = renderContent({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Mục tiêu')] },
        {
          type: 'paragraph',
          content: [text('Đậm', [{ type: 'bold' }]), text(' và '), text('liên kết', [{ type: 'link', attrs: { href: 'https://ninhbinh.gov.vn' } }])],
        },
        { type: 'image', attrs: { src: '/media/images/a.webp', alt: 'Cụm công nghiệp', caption: 'Ảnh minh họa' } },
        { type: 'youtube', attrs: { src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
      ],
    });
    expect(rendered.html).toContain('<h2>Mục tiêu</h2>');
    expect(rendered.html).toContain('<strong>Đậm</strong>');
    expect(rendered.html).toContain('<a rel="noopener noreferrer nofollow" href="https://ninhbinh.gov.vn">liên kết</a>');
    expect(rendered.html).toContain('<figcaption>Ảnh minh họa</figcaption>');
    expect(rendered.html).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(rendered.text).toBe('Mục tiêu\n\nĐậm và liên kết');
  });

  it('neutralises a javascript: link written straight into the stored JSON', () => {
    const rendered = renderContent({
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('bấm', [{ type: 'link', attrs: { href: 'JaVaScRiPt:alert(1)' } }])] }],
    });
    expect(rendered.html).not.toMatch(/javascript/i);
    expect(rendered.html).toContain('bấm');
  });

  it('refuses node types outside the allowed schema', () => {
    expect(() => renderContent({ type: 'doc', content: [{ type: 'script', content: [text('x')] }] })).toThrow(InvalidContentError);
    expect(() => renderContent({ type: 'paragraph' })).toThrow(InvalidContentError);
    expect(() => renderContent(null)).toThrow(InvalidContentError);
  });

  it('escapes markup inside text', () => {
    const rendered = renderContent(paragraphsToDocument(['<img src=x onerror=alert(1)>']));
    expect(rendered.html).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });
});

describe('sanitizeRichHtml', () => {
  it.each([
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<p onclick="alert(1)">ok</p>', '<p>ok</p>'],
    ['<iframe src="https://evil.example/embed/x"></iframe>', ''],
    // Images from outside the media library are dropped whole (no broken <img> left behind).
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">', ''],
    ['<img src="https://tracker.example/p.gif" alt="x"><p>ok</p>', '<p>ok</p>'],
    // The link goes, its text stays (an <a> without href would be invalid HTML).
    ['<a href="vbscript:msgbox(1)">x</a>', 'x'],
  ])('removes %s', (input, output) => {
    expect(sanitizeRichHtml(input)).toBe(output);
  });
});

describe('slugify', () => {
  it.each([
    ['Mục tiêu lớn cho phát triển công nghiệp hỗ trợ', 'muc-tieu-lon-cho-phat-trien-cong-nghiep-ho-tro'],
    ['Đầu tư ĐỒNG BỘ hạ tầng', 'dau-tu-dong-bo-ha-tang'],
    ['  100% lấp đầy!!  ', '100-lap-day'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Cụm công nghiệp '.repeat(20), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });
});
