// The one spelling of a redirect's source, shared by the importer, the admin form and the proxy:
// a path on this site without trailing slash, percent-decoded, lower case; WordPress's query
// addresses keep their one parameter ("/?p=123", "/?page_id=7"), every other query is dropped.

const QUERY_KEYS = ['p', 'page_id'] as const;
const PATH = /^\/[^\s?#]*$/;

/** The table key of an address (pathname plus search), or null when it can be no source. */
export function redirectKey(pathname: string, search = ''): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!PATH.test(decoded) || decoded.startsWith('//')) return null;
  const path = decoded.replace(/\/+$/, '').toLowerCase() || '/';
  if (path === '/') {
    const params = new URLSearchParams(search);
    for (const key of QUERY_KEYS) {
      const value = params.get(key);
      if (value && /^\d{1,10}$/.test(value)) return `/?${key}=${Number(value)}`;
    }
    return null;
  }
  return path;
}

/** A typed source ("/2023/05/tin-cu/", "https://cu.example.vn/?p=12", "/?p=12") → its key. */
export function redirectKeyOf(input: string): string | null {
  const value = input.trim();
  let url: URL;
  try {
    url = new URL(value, 'http://placeholder.invalid');
  } catch {
    return null;
  }
  if (!value.startsWith('/') && !/^https?:\/\//i.test(value)) return null;
  return redirectKey(url.pathname, url.search);
}

/** Addresses WordPress gave content, which the proxy looks up in the redirect table first. */
export function isLegacyWordpressPath(pathname: string, search: string): boolean {
  if (pathname === '/') return /(?:^|[?&])(?:p|page_id)=/.test(search);
  return /^\/(?:\d{4}\/\d{2}(?:\/\d{2})?\/[^/]+|category\/.+|tag\/[^/]+)\/?$/.test(pathname);
}
