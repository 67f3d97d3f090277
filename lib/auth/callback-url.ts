const FALLBACK = '/quan-tri';
const BASE = 'http://same-origin.invalid';

/**
 * A post-sign-in destination that stays on this site. The value is normalised first (the URL
 * parser resolves `.`/`..` segments, turns `\` into `/`, drops tabs and newlines) and only then
 * checked: the result must be a path on this origin that a browser can't read as another host
 * (`/.//evil.example` and `/a/..//evil.example` normalise to `//evil.example`). Anything else
 * becomes the admin home.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/')) return FALLBACK;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path starting with two slashes (or a slash and a backslash) is a host to the browser.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return FALLBACK;
  // Idempotent: what we hand back must itself pass unchanged (no second normalisation step
  // between us and the browser may turn it into something else).
  if (new URL(path, BASE).origin !== BASE || `${new URL(path, BASE).pathname}` !== url.pathname) return FALLBACK;
  return path.startsWith('/dang-nhap') ? FALLBACK : path;
}
