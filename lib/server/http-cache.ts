import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// What the production server tells browsers, CDNs and reverse proxies about a response:
// which content coding a client accepts (RFC 9110 §12.5.3, q-values honoured), how long a
// shared cache may keep an anonymous public page, and the validator (ETag) for conditional
// requests. Pure functions; lib/server/app-server.ts applies them.

export type ContentCoding = 'br' | 'gzip';

export interface SharedCachePolicy {
  /** How long a shared cache (CDN, nginx) may serve a public page without asking (s-maxage). */
  sharedMaxAgeSeconds: number;
  /** How long past that it may serve the stored copy while it revalidates in the background. */
  staleWhileRevalidateSeconds: number;
}

/** Personal or token-bearing answers: never stored by any cache, not even the browser's. */
export const PRIVATE_NO_STORE = 'private, no-store';

/**
 * Anonymous public HTML: browsers revalidate every time (max-age=0, cheap with the ETag and a
 * 304), shared caches keep it `sharedMaxAgeSeconds`. No `no-store`, so the back/forward cache
 * keeps the page.
 */
export function publicCacheControl(policy: SharedCachePolicy): string {
  const parts = ['public', 'max-age=0', `s-maxage=${policy.sharedMaxAgeSeconds}`];
  if (policy.staleWhileRevalidateSeconds > 0) parts.push(`stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`);
  return parts.join(', ');
}

const acceptedByHeader = new Map<string, readonly ContentCoding[]>();
const NONE: readonly ContentCoding[] = [];

/**
 * The content codings an Accept-Encoding header accepts, best first: Brotli and gzip in order of
 * their q-values (Brotli on a tie: smaller). A coding with q=0 is refused, also through `*;q=0`;
 * no header means none. Parsed once per distinct header value.
 */
export function acceptedEncodings(acceptEncoding: string | string[] | undefined): readonly ContentCoding[] {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const known = acceptedByHeader.get(header);
  if (known !== undefined) return known;
  const accepted = negotiate(header);
  // Browsers send a handful of distinct values; junk headers must not grow the map forever.
  if (acceptedByHeader.size >= 256) acceptedByHeader.clear();
  acceptedByHeader.set(header, accepted);
  return accepted;
}

/** The coding to compress a fresh response with, or null for none. */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): ContentCoding | null {
  return acceptedEncodings(acceptEncoding)[0] ?? null;
}

function negotiate(header: string): readonly ContentCoding[] {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (match) weight = Math.min(1, Number.parseFloat(match[1] ?? '1') || 0);
    }
    // A repeated name keeps its first weight.
    if (!q.has(name)) q.set(name, weight);
  }
  const wildcard = q.get('*');
  const weightOf = (coding: ContentCoding) => q.get(coding) ?? (coding === 'gzip' ? q.get('x-gzip') : undefined) ?? wildcard ?? 0;
  const br = weightOf('br');
  const gzip = weightOf('gzip');
  const accepted: ContentCoding[] = [];
  if (br > 0) accepted.push('br');
  if (gzip > 0) accepted.splice(gzip > br ? 0 : accepted.length, 0, 'gzip');
  return accepted.length === 0 ? NONE : accepted;
}

/** A weak validator for a body (weak: the gzip and Brotli forms of one page share it). */
export function entityTag(body: Buffer | string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether If-None-Match matches the ETag (weak comparison, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(headers: IncomingHttpHeaders, etag: string | undefined): boolean {
  const header = headers['if-none-match'];
  if (!header || !etag) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
