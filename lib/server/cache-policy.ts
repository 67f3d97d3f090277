import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

// Which requests the full-page cache may answer, and which responses it may keep. A page is
// shared between visitors only when nothing about it can depend on who asks.

const PRIVATE_PREFIXES = ['/quan-tri', '/dang-nhap', '/api', '/_next', '/media'];
/**
 * The contact page carries a signed render time for the form's bot check: a shared copy would
 * make every visitor's form look long since rendered. The question form is the same, and a
 * tracking-code lookup is one visitor's own. (Search results are shared like any other
 * page: they depend only on the URL, and a popular query must not cost a render per reader.)
 */
const UNCACHED_PREFIXES = ['/lien-he', '/hoi-dap/gui-cau-hoi', '/hoi-dap/tra-cuu'];
const RSC_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'next-url'];
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
const CACHEABLE_STATUSES = new Set([200, 301, 308, 404]);

/**
 * The query parameters each public page reads (its `searchParams`); every other parameter is
 * left out of the page cache's key, so `?utm_source=…` or `?a=<random>` share the one copy of
 * the page instead of each storing their own. A test checks this table against app/(site).
 */
export const PAGE_QUERY_PARAMETERS: ReadonlyArray<{ path: RegExp; parameters: readonly string[] }> = [
  // WordPress's old query addresses (/?p=123, /?page_id=7) answer a redirect, not the home page.
  { path: /^\/$/, parameters: ['p', 'page_id'] },
  { path: /^\/tin-tuc$/, parameters: ['trang'] },
  { path: /^\/tin-tuc\/danh-muc\/[^/]+$/, parameters: ['trang'] },
  { path: /^\/thu-vien-video$/, parameters: ['trang'] },
  { path: /^\/thu-vien-anh$/, parameters: ['trang'] },
  // The type and year facets (parseSearchFilter) are part of the address: a filtered search is another page.
  { path: /^\/tim-kiem$/, parameters: ['loai', 'nam', 'q', 'trang'] },
  { path: /^\/tin-tuc\/the\/[^/]+$/, parameters: ['trang'] },
  { path: /^\/van-ban$/, parameters: ['q', 'loai', 'co-quan', 'linh-vuc', 'nam', 'trang'] },
  { path: /^\/du-an$/, parameters: ['loai'] },
  { path: /^\/cum-cong-nghiep$/, parameters: ['sap-xep', 'thu-tu', 'xa'] },
  { path: /^\/cum-cong-nghiep\/ban-do$/, parameters: ['xa'] },
  { path: /^\/hoi-dap$/, parameters: ['linh_vuc', 'q', 'trang'] },
  { path: /^\/hoi-dap\/tra-cuu$/, parameters: ['ma'] },
  { path: /^\/cum-cong-nghiep\/so-sanh$/, parameters: ['c'] },
  { path: /^\/cong-khai$/, parameters: ['loai', 'nam'] },
  { path: /^\/thu-tuc-hanh-chinh$/, parameters: ['q', 'linh-vuc', 'co-quan'] },
];

function parameterName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return name;
  }
}

/**
 * `pathname?query` reduced to the parameters the page reads, in a stable order (by name, values of
 * one name in their original order); the query is dropped when none is left.
 */
export function normalizedPageUrl(pathname: string, query: string): string {
  const lower = pathname.toLowerCase();
  const read = PAGE_QUERY_PARAMETERS.find((entry) => entry.path.test(lower))?.parameters;
  if (!read || query === '') return pathname;
  const kept = query
    .split('&')
    .map((pair) => ({ pair, name: parameterName(pair) }))
    .filter(({ pair, name }) => pair !== '' && read.includes(name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ pair }) => pair);
  return kept.length > 0 ? `${pathname}?${kept.join('&')}` : pathname;
}

function startsWithSegment(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/**
 * The cache key of an anonymous public GET/HEAD for an HTML page or feed, or null. Query
 * parameters the page does not read are not part of it (normalizedPageUrl).
 */
export function pageCacheKey(request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '/';
  if (!url.startsWith('/')) return null;
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  // Decoded-path tricks (%2F, case) never reach a private route through the cache: anything
  // unusual is simply not cached and goes to Next as usual.
  if (pathname.includes('%') || pathname.includes('//') || pathname.includes('\\')) return null;
  const lower = pathname.toLowerCase();
  if (PRIVATE_PREFIXES.some((prefix) => startsWithSegment(lower, prefix))) return null;
  if (UNCACHED_PREFIXES.some((prefix) => startsWithSegment(lower, prefix))) return null;
  if (queryAt !== -1 && /(?:^|&)_rsc=/.test(url.slice(queryAt + 1))) return null;
  const headers = request.headers;
  if (RSC_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (headers.range !== undefined || headers.authorization !== undefined) return null;
  if (hasSessionCookie(request)) return null;
  return queryAt === -1 ? url : normalizedPageUrl(pathname, url.slice(queryAt + 1));
}

/** Whether the request carries a staff session cookie (not whether it is valid: the app checks). */
export function hasSessionCookie(request: Pick<IncomingMessage, 'headers'>): boolean {
  return SESSION_COOKIE.test(request.headers.cookie ?? '');
}

/** Internal endpoints that must not wait behind readers: the health check, the scheduler's tick
 * and cache invalidation from outside writers (each answers at once when its token is wrong); the
 * page-view beacon only appends to a buffer and must not wait behind renders. */
const UNGATED_ROUTES = ['/api/health', '/api/lich-dang-bai', '/api/hang-doi-thu', '/api/cache/invalidate', '/api/luot-xem'];

/**
 * Requests that skip the render queue: build assets and uploaded files are served from disk
 * without rendering (and a long video download must not hold a render slot), and internal
 * endpoints must answer even when every slot is busy.
 */
export function bypassesRenderGate(request: Pick<IncomingMessage, 'url'>): boolean {
  const url = request.url ?? '';
  if (url.startsWith('/_next/static/') || url.startsWith('/media/')) return true;
  const pathname = url.split('?', 1)[0];
  return UNGATED_ROUTES.includes(pathname ?? '');
}

/** Immutable build assets (hashed file names): cached without age limit, compressed once. */
export function isStaticAsset(request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (request.url ?? '').startsWith('/_next/static/') && request.headers.range === undefined;
}

function headerValue(headers: OutgoingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);
}

export function isHtml(headers: OutgoingHttpHeaders): boolean {
  return headerValue(headers, 'content-type').toLowerCase().startsWith('text/html');
}

export function isCompressible(headers: OutgoingHttpHeaders): boolean {
  const type = headerValue(headers, 'content-type').toLowerCase();
  return /^(?:text\/|application\/(?:javascript|json|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml|text\/x-component)/.test(type);
}

/** A response that may be shared: a final status and nothing that sets state for one visitor. */
export function isCacheableResponse(status: number, headers: OutgoingHttpHeaders): boolean {
  if (!CACHEABLE_STATUSES.has(status)) return false;
  if (headers['set-cookie'] !== undefined) return false;
  if (headerValue(headers, 'content-encoding') !== '') return false;
  const type = headerValue(headers, 'content-type').toLowerCase();
  // An RSC payload must never answer an HTML request, nor the reverse.
  if (type.startsWith('text/x-component')) return false;
  return status !== 200 || type !== '';
}
