import { createHash } from 'node:crypto';
import { READING_AIDS_SCRIPT } from '../citizens/reading-aids-script.ts';
import { FRAMEWORK_INLINE_SCRIPT_PREFIXES } from './framework-contract.ts';

// Content-Security-Policy for HTML that may come from the page cache, so it can't carry a
// per-request nonce: the server hashes the inline scripts of each HTML response instead.
// Only the inline scripts Next.js and React generate are hashed (their bootstrap and streaming
// instructions): any other inline script, for example one smuggled into content past the
// sanitizer, gets no hash and the browser refuses to run it.

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

export function isFrameworkInlineScript(body: string): boolean {
  // Our one inline script: the reading aids applied before paint (app/layout.tsx).
  if (body === READING_AIDS_SCRIPT) return true;
  const trimmed = body.trimStart();
  return FRAMEWORK_INLINE_SCRIPT_PREFIXES.some((prefix) => trimmed.startsWith(prefix));
}

/** 'sha256-…' sources for the framework's inline scripts of an HTML document, in order, unique. */
export function inlineScriptHashes(html: string): { hashes: string[]; unrecognized: string[] } {
  const hashes = new Set<string>();
  const unrecognized: string[] = [];
  for (const match of html.matchAll(SCRIPT_RE)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    // Data blocks (JSON-LD, JSON) are never executed, so they need no hash.
    if (type && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') continue;
    // The HTML parser turns CR LF and lone CR into LF before the browser hashes the text.
    const body = (match[2] ?? '').replace(/\r\n?/g, '\n');
    if (!isFrameworkInlineScript(body)) {
      unrecognized.push(body.slice(0, 80));
      continue;
    }
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return { hashes: [...hashes], unrecognized };
}

export interface CspOptions {
  scriptHashes?: readonly string[];
  /** next dev evaluates modules with eval() for fast refresh: only there. */
  dev?: boolean;
}

export function contentSecurityPolicy({ scriptHashes = [], dev = false }: CspOptions = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptHashes, ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'media-src': ["'self'"],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    // 'self': the inline PDF viewer of /van-ban/<id> frames the same-origin /media/… file.
    'frame-src': ["'self'", 'https://www.youtube-nocookie.com'],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Headers every response carries (the CSP is added per response by the server). */
export function securityHeaders(siteUrl: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=(), browsing-topics=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (siteUrl?.startsWith('https://')) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  return headers;
}
