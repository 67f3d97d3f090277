const FALLBACK = '/quan-tri';

/**
 * A post-sign-in destination that stays on this site: a path starting with one "/" (no
 * "//host", no "/\\host", no scheme). Anything else becomes the admin home.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return FALLBACK;
  try {
    const base = 'http://same-origin.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base) return FALLBACK;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith('/dang-nhap') ? FALLBACK : path;
  } catch {
    return FALLBACK;
  }
}
