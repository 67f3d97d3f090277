import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { saveArticleSchema } from './article';
import { normalizeBody } from './rich-text';

const base = {
  title: 'Tin mới',
  slug: 'tin-moi',
  summary: '',
  categoryId: '',
  coverMediaId: '',
  byline: '',
  intent: 'save' as const,
};

function bodyWith(content: unknown[]) {
  return { type: 'doc', content };
}

function errorsOf(input: unknown) {
  const parsed = saveArticleSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe('saveArticleSchema', () => {
  it('accepts a valid article and maps empty ids to null', () => {
    const parsed = saveArticleSchema.parse({ ...base, body: bodyWith([{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }]) });
    expect(parsed.categoryId).toBeNull();
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'ftp://example.com', '//evil.example/x', '/\\evil.example', '/a b'])(
    'refuses the link %s',
    (href) => {
      const body = bodyWith([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }]);
      expect(errorsOf({ ...base, body }).body?.[0]).toContain('Liên kết không được phép');
    },
  );

  it.each(['https://a.vn', 'mailto:a@b.vn', 'tel:+84123', '/van-ban', '/tin-tuc/a?trang=2#x'])('accepts the link %s', (href) => {
    const body = bodyWith([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }]);
    expect(errorsOf({ ...base, body }).body).toBeUndefined();
  });

  it('refuses a YouTube embed that is not YouTube and normalises good ones', () => {
    expect(errorsOf({ ...base, body: bodyWith([{ type: 'youtube', attrs: { src: 'https://evil.example/embed/x' } }]) }).body?.[0]).toContain('YouTube');
    const good = bodyWith([{ type: 'youtube', attrs: { src: 'https://youtu.be/dQw4w9WgXcQ' } }]);
    expect(errorsOf({ ...base, body: good }).body).toBeUndefined();
    expect(normalizeBody(good).content[0]).toEqual({ type: 'youtube', attrs: { src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' } });
  });

  it('requires alt text on images', () => {
    const body = bodyWith([{ type: 'image', attrs: { src: '/media/a.webp', alt: ' ' } }]);
    expect(errorsOf({ ...base, body }).body?.[0]).toContain('mô tả');
  });

  it('validates slug, title and schedule time', () => {
    const body = bodyWith([{ type: 'paragraph' }]);
    const errors = errorsOf({ ...base, title: ' ', slug: 'Có Dấu', body, intent: 'schedule', scheduledAt: '2001-01-01T00:00' });
    expect(errors.title?.[0]).toBe('Nhập tiêu đề.');
    expect(errors.slug?.[0]).toContain('chữ thường');
    expect(errors.scheduledAt?.[0]).toContain('tương lai');
  });
});
