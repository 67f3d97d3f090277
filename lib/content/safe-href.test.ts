import { describe, expect, it } from 'vitest';
import { URL_LIKE } from '@/e2e/fixtures/xss-corpus';
import { safePublicHref } from './safe-href';

describe('safePublicHref', () => {
  it('keeps site paths, anchors and web, mail and phone addresses', () => {
    for (const href of [
      '/tin-tuc',
      '/tin-tuc/the/dau-tu?trang=2',
      '#noi-dung',
      'https://ninhbinh.gov.vn',
      'http://a.example/x',
      'mailto:a@b.vn',
      'tel:+842293871234',
    ]) {
      expect(safePublicHref(href)).toBe(href);
    }
  });

  it('drops every other address of the XSS corpus (scripts, data, protocol-relative, backslashes)', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:__xss(1)',
      'data:text/html,<script>',
      'vbscript:msgbox(1)',
      '//attacker.invalid/x',
      '/\\attacker.invalid',
      '',
      'java\tscript:x',
    ]) {
      expect(safePublicHref(href), href).toBeNull();
    }
    for (const href of URL_LIKE) {
      const kept = safePublicHref(href);
      if (kept !== null) expect(kept, href).toMatch(/^(https?:|mailto:|tel:|\/(?!\/)|#)/i);
    }
  });
});
