// Every assumption the production server makes about Next.js and React internals that have no
// documented API, in one place. Each is checked against the installed framework by
// framework-contract.test.ts, which names the assumption that broke after an upgrade.
// Keep this module free of Node-only imports: proxy.ts (Next's proxy bundle) uses it too.

/** Next's whole icon re-insertion script (next/dist/server/app-render/metadata-insertion). */
export const NEXT_ICON_REINSERT_SCRIPT =
  'document.querySelectorAll(\'body link[rel="icon"], body link[rel="apple-touch-icon"]\').forEach(el => document.head.appendChild(el))';

/**
 * 1. Inline scripts Next.js writes (flight data, Turbopack's chunk list, the server-action form
 * fallback) and React writes (Fizz instructions `$RC`, `$RX`…) begin with these texts. The CSP
 * hashes only scripts that begin with one of them (lib/server/csp.ts): pages may come from the
 * page cache, so a per-request nonce is impossible.
 */
export const FRAMEWORK_INLINE_SCRIPT_PREFIXES: readonly string[] = [
  'self.__next_f.push(',
  '(self.__next_f=self.__next_f||[]).push(',
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
  'requestAnimationFrame(function(){$RT=',
  '$RB=',
  '$RC=',
  '$RC(',
  '$RS=',
  '$RS(',
  '$RX=',
  '$RX(',
  '$RV=',
  '$RV(',
  '$RR=',
  '$RR(',
  '$RM=',
  '$RT=',
  'addEventListener("submit",function(a){',
  // Next moves icons back into <head> with this when a long <head> splits across stream chunks.
  NEXT_ICON_REINSERT_SCRIPT,
];

/**
 * 2. How a Suspense boundary that failed on the server shows in the HTML: `data-dgst="…"` on the
 * boundary's template (first flush) or `$RX("B:n","digest")` (streamed later). Next's own
 * control-flow errors (notFound, redirect, forbidden) carry digests beginning with `NEXT_`, and
 * a client-only bailout `BAILOUT_TO_CLIENT_SIDE_RENDERING` (lib/server/outage.ts).
 */
export const FAILED_BOUNDARY_DIGEST_PATTERNS: readonly RegExp[] = [/data-dgst="([^"]*)"/g, /\$RX\("[^"]*","([^"]*)"/g];
export const FRAMEWORK_DIGEST_PREFIX = 'NEXT_';
export const CLIENT_BAILOUT_DIGEST = 'BAILOUT_TO_CLIENT_SIDE_RENDERING';

/**
 * 3. notFound() called after the page's shell was sent (Cache Components stream the shell with
 * 200 first): the boundary fails with this digest. The server turns such a 200 into a 404 (it
 * holds the whole HTML before sending it) so that no address answers "soft 404".
 */
export const NOT_FOUND_DIGEST = 'NEXT_HTTP_ERROR_FALLBACK;404';

/**
 * 4. Server-function ids (the `Next-Action` header): 42 hex characters whose first byte's top
 * bit is set for a 'use cache' function, clear for a server action
 * (next/dist/shared/lib/server-reference-info). proxy.ts refuses calls of cached functions.
 */
export const SERVER_REFERENCE_ID_LENGTH = 42;
export const USE_CACHE_ID_BIT = 0x80;

/** Whether a `Next-Action` id may name a 'use cache' function (unreadable ids count as such). */
export function isCacheFunctionId(id: string): boolean {
  const infoByte = Number.parseInt(id.slice(0, 2), 16);
  return Number.isNaN(infoByte) || (infoByte & USE_CACHE_ID_BIT) !== 0;
}

/**
 * 5. Next's in-memory 'use cache' handler, which lib/cache/cache-handler.mjs uses when REDIS_URL
 * is not set (there is no public export of it). The .mjs imports this path literally; the
 * contract test checks both that it still exports `createDefaultCacheHandler` and that the
 * handler imports exactly this path.
 */
export const NEXT_DEFAULT_CACHE_HANDLER_MODULE = 'next/dist/server/lib/cache-handlers/default.js';

/**
 * 6. `next start` tells Next's request handling its own origin through the environment variable
 * __NEXT_PRIVATE_ORIGIN (next/dist/server/lib/start-server.js); there is no option of `next()`
 * for it. Without it, a proxy.ts rewrite (the 404 page for a missing article) is not recognised
 * as same-origin and Next forwards it over HTTP to itself: slow, and a deadlock when every render
 * slot is taken (measured: 30 s and a 500). The custom server sets it the same way.
 */
export const NEXT_ORIGIN_VARIABLE = '__NEXT_PRIVATE_ORIGIN';

export function tellNextItsOrigin(origin: string): void {
  process.env[NEXT_ORIGIN_VARIABLE] = origin;
}

/** Whether an HTML document contains a boundary that hit notFound() after its shell was sent. */
export function hitNotFoundAfterShell(html: string): boolean {
  return (
    html.includes(NOT_FOUND_DIGEST) &&
    FAILED_BOUNDARY_DIGEST_PATTERNS.some((pattern) => [...html.matchAll(pattern)].some((match) => match[1] === NOT_FOUND_DIGEST))
  );
}
