import { describe, expect, it } from 'vitest';
import { acceptedEncodings, entityTag, matchesIfNoneMatch, preferredEncoding, publicCacheControl } from './http-cache';

describe('content negotiation (Accept-Encoding with q-values)', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['x-gzip', 'gzip'],
    ['GZIP', 'gzip'],
  ])('%s → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });

  it.each([['gzip;q=0, identity'], ['gzip;q=0'], ['identity'], [''], ['br;q=0, gzip;q=0.000'], ['*;q=0'], ['deflate']])('%s → no compression', (header) => {
    expect(preferredEncoding(header)).toBeNull();
    expect(acceptedEncodings(header)).toEqual([]);
  });

  it('refuses a coding with q=0 even when another is acceptable', () => {
    expect(acceptedEncodings('br, gzip;q=0')).toEqual(['br']);
    expect(acceptedEncodings('gzip, br;q=0')).toEqual(['gzip']);
    expect(acceptedEncodings('gzip;q=0.9, br')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe('cache validators and policy', () => {
  it('builds the public Cache-Control from the configured lifetimes', () => {
    expect(publicCacheControl({ sharedMaxAgeSeconds: 60, staleWhileRevalidateSeconds: 30 })).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=30');
    expect(publicCacheControl({ sharedMaxAgeSeconds: 5, staleWhileRevalidateSeconds: 0 })).toBe('public, max-age=0, s-maxage=5');
  });

  it('gives one weak ETag per body and matches If-None-Match weakly', () => {
    const etag = entityTag(Buffer.from('<p>a</p>'));
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(entityTag('<p>b</p>')).not.toBe(etag);
    expect(matchesIfNoneMatch({ 'if-none-match': etag }, etag)).toBe(true);
    expect(matchesIfNoneMatch({ 'if-none-match': etag.slice(2) }, etag)).toBe(true);
    expect(matchesIfNoneMatch({ 'if-none-match': `W/"other", ${etag}` }, etag)).toBe(true);
    expect(matchesIfNoneMatch({ 'if-none-match': '*' }, etag)).toBe(true);
    expect(matchesIfNoneMatch({ 'if-none-match': 'W/"other"' }, etag)).toBe(false);
    expect(matchesIfNoneMatch({}, etag)).toBe(false);
    expect(matchesIfNoneMatch({ 'if-none-match': etag }, undefined)).toBe(false);
  });
});
