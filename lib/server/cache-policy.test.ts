import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bypassesRenderGate, hasSessionCookie, isCacheableResponse, PAGE_QUERY_PARAMETERS, pageCacheKey } from './cache-policy';

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, method, headers });

describe('pageCacheKey', () => {
  it('keys anonymous public GET and HEAD requests by URL, whatever the method', () => {
    expect(pageCacheKey(request('/'))).toBe('/');
    expect(pageCacheKey(request('/tin-tuc?trang=2', {}, 'HEAD'))).toBe('/tin-tuc?trang=2');
    expect(pageCacheKey(request('/rss.xml'))).toBe('/rss.xml');
    // Search results depend only on the URL: a popular query is one render, not one per reader.
    expect(pageCacheKey(request('/tim-kiem?q=cong%20nghiep'))).toBe('/tim-kiem?q=cong%20nghiep');
  });

  it('keys a page by the query parameters it reads only, so junk query strings share one copy', () => {
    expect(pageCacheKey(request('/?utm_x=1'))).toBe('/');
    expect(pageCacheKey(request('/tin-tuc/bai-a?a=8f3k2&utm_source=zalo'))).toBe('/tin-tuc/bai-a');
    expect(pageCacheKey(request('/tin-tuc?utm_x=1&trang=2&fbclid=z'))).toBe('/tin-tuc?trang=2');
    expect(pageCacheKey(request('/tim-kiem?trang=2&x=1&q=ab'))).toBe('/tim-kiem?q=ab&trang=2');
    // The search's facets (read through parseSearchFilter, which the source scan below cannot see).
    expect(pageCacheKey(request('/tim-kiem?q=ab&nam=2024&loai=thu-tuc'))).toBe('/tim-kiem?loai=thu-tuc&nam=2024&q=ab');
    expect(pageCacheKey(request('/tin-tuc/the/dau-tu?trang=2&utm_source=zalo'))).toBe('/tin-tuc/the/dau-tu?trang=2');
    expect(pageCacheKey(request('/van-ban?nam=2024&co-quan=UBND&junk=1'))).toBe('/van-ban?co-quan=UBND&nam=2024');
    expect(pageCacheKey(request('/cum-cong-nghiep/so-sanh?c=a&c=b&r=1'))).toBe('/cum-cong-nghiep/so-sanh?c=a&c=b');
    const keys = new Set(Array.from({ length: 1_000 }, (_, index) => pageCacheKey(request(`/tin-tuc/bai-a?a=${index}`))));
    expect(keys).toEqual(new Set(['/tin-tuc/bai-a']));
  });

  it('knows every public page that reads its query string (a new one must be added to PAGE_QUERY_PARAMETERS)', () => {
    const root = path.resolve('app/(site)');
    const pages = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('page.tsx'));
    const reading = pages.filter((file) => readFileSync(path.join(root, file), 'utf8').includes('searchParams'));
    expect(reading.length).toBeGreaterThan(5);
    for (const file of reading) {
      const route = `/${path.dirname(file)}`.replace(/\[[^\]]+\]/g, 'x');
      const entry = PAGE_QUERY_PARAMETERS.find((candidate) => candidate.path.test(route));
      expect(entry, route).toBeDefined();
      // The parameters the page itself names (`params.q`, `params['co-quan']`, `(await searchParams).trang`).
      const source = readFileSync(path.join(root, file), 'utf8');
      for (const match of source.matchAll(/(?:params|searchParams\))(?:\.([a-z]+)\b|\[['"]([a-z-]+)['"]\])/g)) {
        const name = match[1] ?? match[2] ?? '';
        if (name === 'then') continue;
        expect(entry?.parameters, `${route} reads ${name}`).toContain(name);
      }
    }
  });

  it('never caches signed-in visitors, private areas, the contact form, or writes', () => {
    expect(pageCacheKey(request('/', { cookie: 'a=1; next-auth.session-token=x' }))).toBeNull();
    expect(pageCacheKey(request('/', { cookie: '__Secure-next-auth.session-token.0=x' }))).toBeNull();
    expect(pageCacheKey(request('/', { cookie: 'next-auth.csrf-token=x' }))).toBe('/');
    for (const path of ['/quan-tri', '/quan-tri/tin-tuc', '/QUAN-TRI', '/dang-nhap', '/api/health', '/_next/data/x.json', '/media/a.jpg', '/lien-he']) {
      expect(pageCacheKey(request(path)), path).toBeNull();
    }
    expect(pageCacheKey(request('/', {}, 'POST'))).toBeNull();
    expect(pageCacheKey(request('/%71uan-tri'))).toBeNull();
  });

  it('keeps RSC payloads and prefetches out, so HTML never answers them or the reverse', () => {
    expect(pageCacheKey(request('/', { rsc: '1' }))).toBeNull();
    expect(pageCacheKey(request('/', { 'next-router-prefetch': '1' }))).toBeNull();
    expect(pageCacheKey(request('/', { 'next-router-state-tree': '%5B%5D' }))).toBeNull();
    expect(pageCacheKey(request('/tin-tuc?_rsc=abc'))).toBeNull();
    expect(pageCacheKey(request('/tin-tuc?trang=2&_rsc=abc'))).toBeNull();
  });
});

describe('isCacheableResponse', () => {
  it('keeps final answers without cookies', () => {
    expect(isCacheableResponse(200, { 'content-type': 'text/html; charset=utf-8' })).toBe(true);
    expect(isCacheableResponse(404, { 'content-type': 'text/html' })).toBe(true);
    expect(isCacheableResponse(308, { location: '/tin-tuc/moi' })).toBe(true);
    expect(isCacheableResponse(200, { 'content-type': 'text/html', 'set-cookie': ['a=1'] })).toBe(false);
    expect(isCacheableResponse(500, { 'content-type': 'text/html' })).toBe(false);
    expect(isCacheableResponse(302, { location: '/' })).toBe(false);
    expect(isCacheableResponse(200, { 'content-type': 'text/x-component' })).toBe(false);
  });
});

describe('render queue lanes', () => {
  it('tells staff from readers by the session cookie', () => {
    expect(hasSessionCookie(request('/', { cookie: 'next-auth.session-token=x' }))).toBe(true);
    expect(hasSessionCookie(request('/', { cookie: 'next-auth.csrf-token=x' }))).toBe(false);
    expect(hasSessionCookie(request('/'))).toBe(false);
  });

  it('lets files and internal endpoints skip the queue, and nothing else', () => {
    for (const url of ['/_next/static/chunks/a.js', '/media/2026/11/a.webp', '/api/health', '/api/lich-dang-bai', '/api/cache/invalidate']) {
      expect(bypassesRenderGate({ url }), url).toBe(true);
    }
    for (const url of ['/', '/tim-kiem?q=a', '/api/health-check', '/api/auth/session', '/quan-tri', '/_next/image?url=x', '/tin-tuc?x=/media/']) {
      expect(bypassesRenderGate({ url }), url).toBe(false);
    }
  });
});
