import { describe, expect, it } from 'vitest';
import { configuredSiteAddressMismatch, isSameOriginRequest, parseAllowedOrigins, requestHost, type OriginConfig } from './request-origin';
import { dropUntrustedForwardedHeaders, isTrustedProxy, parseTrustProxy } from './trust-proxy';

// Issue 13 items 2 and 10: one origin rule for every state-changing request, and forwarded
// headers honoured only from the configured proxy.

const config = (overrides: Partial<OriginConfig> = {}): OriginConfig => ({
  siteUrl: 'http://localhost:3000',
  allowedOrigins: [],
  trustProxy: { kind: 'none' },
  ...overrides,
});
const h = (values: Record<string, string>) => new Headers(values);

describe('isSameOriginRequest', () => {
  it('accepts the address the request was sent to, whatever SITE_URL says (IP, LAN name, www.)', () => {
    expect(isSameOriginRequest(h({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }), config())).toBe(true);
    expect(isSameOriginRequest(h({ host: 'may-chu.lan:3000', origin: 'http://may-chu.lan:3000' }), config())).toBe(true);
    expect(isSameOriginRequest(h({ host: 'www.ccn.example.vn', origin: 'https://www.ccn.example.vn' }), config({ siteUrl: 'https://ccn.example.vn' }))).toBe(
      true,
    );
  });

  it('accepts SITE_URL and ALLOWED_ORIGINS even when Host differs', () => {
    expect(isSameOriginRequest(h({ host: '10.0.0.2:3000', origin: 'http://localhost:3000' }), config())).toBe(true);
    const allowed = config({ allowedOrigins: parseAllowedOrigins('https://cms.example.vn, http://10.1.1.1:8080') });
    expect(isSameOriginRequest(h({ host: 'internal:3000', origin: 'https://cms.example.vn' }), allowed)).toBe(true);
    expect(isSameOriginRequest(h({ host: 'internal:3000', origin: 'http://10.1.1.1:8080' }), allowed)).toBe(true);
  });

  it('refuses other origins, Origin: null and garbage', () => {
    for (const origin of [
      'http://evil.example',
      'null',
      'http://localhost:3000.evil.example',
      'javascript:alert(1)',
      'http://127.0.0.1:3001',
      'https://127.0.0.1:3000x',
    ]) {
      expect(isSameOriginRequest(h({ host: '127.0.0.1:3000', origin }), config()), origin).toBe(false);
    }
  });

  it('lets requests without Origin through (Next.js does the same; browsers send it cross-origin)', () => {
    expect(isSameOriginRequest(h({ host: '127.0.0.1:3000' }), config())).toBe(true);
  });

  it('ignores X-Forwarded-Host unless a proxy is configured', () => {
    const forged = h({ host: '127.0.0.1:3000', origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' });
    expect(isSameOriginRequest(forged, config())).toBe(false);
    expect(requestHost(forged, config())).toBe('127.0.0.1:3000');
    // Behind the proxy (the server removed the header from anyone else), it names the public host.
    const proxied = h({ host: '127.0.0.1:3000', origin: 'https://ccn.example.vn', 'x-forwarded-host': 'ccn.example.vn' });
    expect(isSameOriginRequest(proxied, config({ siteUrl: undefined, trustProxy: { kind: 'loopback' } }))).toBe(true);
  });

  it('names SITE_URL when the admin is opened by another address', () => {
    expect(configuredSiteAddressMismatch(h({ host: '127.0.0.1:3000' }), config())).toBe('http://localhost:3000');
    expect(configuredSiteAddressMismatch(h({ host: 'localhost:3000' }), config())).toBeNull();
    expect(configuredSiteAddressMismatch(h({ host: 'localhost:3000' }), config({ siteUrl: undefined }))).toBeNull();
  });

  it('refuses malformed ALLOWED_ORIGINS', () => {
    expect(() => parseAllowedOrigins('cms.example.vn')).toThrow();
    expect(() => parseAllowedOrigins('https://cms.example.vn/quan-tri')).toThrow();
    expect(parseAllowedOrigins('')).toEqual([]);
  });
});

describe('TRUST_PROXY', () => {
  it('parses false, true (a proxy on this machine) and a list of proxy addresses', () => {
    expect(parseTrustProxy(undefined)).toEqual({ kind: 'none' });
    expect(parseTrustProxy('false')).toEqual({ kind: 'none' });
    expect(parseTrustProxy('true')).toEqual({ kind: 'loopback' });
    expect(parseTrustProxy('10.0.0.5, ::ffff:10.0.0.6')).toEqual({ kind: 'addresses', addresses: new Set(['10.0.0.5', '10.0.0.6']), ranges: [] });
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow();
    expect(() => parseTrustProxy('yes')).toThrow();
    expect(() => parseTrustProxy('10.0.0.300')).toThrow();
  });

  it('trusts only the configured peer', () => {
    expect(isTrustedProxy('127.0.0.1', { kind: 'none' })).toBe(false);
    expect(isTrustedProxy('::ffff:127.0.0.1', { kind: 'loopback' })).toBe(true);
    expect(isTrustedProxy('::1', { kind: 'loopback' })).toBe(true);
    expect(isTrustedProxy('203.0.113.9', { kind: 'loopback' })).toBe(false);
    expect(isTrustedProxy('10.0.0.5', parseTrustProxy('10.0.0.5'))).toBe(true);
    expect(isTrustedProxy('10.0.0.7', parseTrustProxy('10.0.0.5'))).toBe(false);
    expect(isTrustedProxy('::ffff:172.30.0.9', parseTrustProxy('172.30.0.0/24'))).toBe(true);
    expect(isTrustedProxy('172.30.1.9', parseTrustProxy('172.30.0.0/24'))).toBe(false);
  });

  it("removes every forwarded header a client sends, keeps the proxy's", () => {
    const forged = () => ({
      host: 'a',
      'x-forwarded-for': '1.2.3.4',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      forwarded: 'for=1.2.3.4',
      'x-real-ip': '1.2.3.4',
    });
    const fromClient: Record<string, string> = forged();
    dropUntrustedForwardedHeaders(fromClient, '203.0.113.9', { kind: 'none' });
    expect(fromClient).toEqual({ host: 'a' });
    const fromClientWithProxyConfigured: Record<string, string> = forged();
    dropUntrustedForwardedHeaders(fromClientWithProxyConfigured, '203.0.113.9', { kind: 'loopback' });
    expect(fromClientWithProxyConfigured).toEqual({ host: 'a' });
    const fromProxy: Record<string, string> = forged();
    dropUntrustedForwardedHeaders(fromProxy, '127.0.0.1', { kind: 'loopback' });
    expect(fromProxy).toEqual(forged());
  });
});
