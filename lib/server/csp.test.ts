import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from './csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the inline scripts Next.js and React write, exactly as the browser hashes them', () => {
    const flight = 'self.__next_f.push([1,"a\\u003cb"])';
    const react = '$RC("B:1","S:1")';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><script>${flight}</script><script>${react}</script><script>${flight}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual({ hashes: [sha(flight), sha(react)], unrecognized: [] });
  });

  it('normalises CR LF like the HTML parser', () => {
    expect(inlineScriptHashes('<script>$RC(1,\r\n2)</script>').hashes).toEqual([sha('$RC(1,\n2)')]);
  });

  it('gives no hash to any other inline script, so the browser refuses it', () => {
    const html = '<script>alert(1)</script><script type="text/javascript">self.x=1</script><SCRIPT>fetch("//evil")</SCRIPT>';
    const result = inlineScriptHashes(html);
    expect(result.hashes).toEqual([]);
    expect(result.unrecognized).toHaveLength(3);
  });

  it('ignores data blocks that never run', () => {
    expect(inlineScriptHashes('<script type="application/ld+json">{"@type":"NewsArticle"}</script>')).toEqual({ hashes: [], unrecognized: [] });
  });
});

describe('contentSecurityPolicy', () => {
  it('is strict in production: no inline or eval for scripts, no plugins, no framing', () => {
    const csp = contentSecurityPolicy({ scriptHashes: ["'sha256-abc'"] });
    expect(csp).toContain("script-src 'self' 'sha256-abc';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-src 'self' https://www.youtube-nocookie.com;");
  });

  it('allows eval only in development', () => {
    expect(contentSecurityPolicy({ dev: true })).toMatch(/script-src 'self' 'unsafe-eval'/);
  });
});

describe('securityHeaders', () => {
  it('sends HSTS only for an https site', () => {
    expect(securityHeaders('https://ccn.ninhbinh.gov.vn')['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(securityHeaders('http://127.0.0.1:3000')['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders(undefined)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  });
});

describe('the reading-aids inline script', () => {
  it('is hashed exactly as written, and a changed copy is not', async () => {
    const { READING_AIDS_SCRIPT } = await import('../citizens/reading-aids-script.ts');
    const html = `<head><script>${READING_AIDS_SCRIPT}</script><script>${READING_AIDS_SCRIPT.replace('high', 'evil')}</script></head>`;
    const { hashes, unrecognized } = inlineScriptHashes(html);
    expect(hashes).toHaveLength(1);
    expect(unrecognized).toHaveLength(1);
  });
});
