import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import next from 'next';
import { onInvalidation } from '../cache/invalidation-bus.ts';
import { captureResponse, sendComplete, withVaryAcceptEncoding, type CapturedResponse } from './capture.ts';
import { bypassesRenderGate, hasSessionCookie, isCacheableResponse, isCompressible, isHtml, isStaticAsset, pageCacheKey } from './cache-policy.ts';
import { compressForStorage } from './compress.ts';
import {
  acceptedEncodings,
  entityTag,
  matchesIfNoneMatch,
  preferredEncoding,
  PRIVATE_NO_STORE,
  publicCacheControl,
  type ContentCoding,
  type SharedCachePolicy,
} from './http-cache.ts';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from './csp.ts';
import { isReaderRequest, maintenanceHtml, retryAfterSeconds, watchMaintenance } from './maintenance.ts';
import { hitNotFoundAfterShell } from './framework-contract.ts';
import { createDatabaseProbe, hasFailedBoundary, UNAVAILABLE_HTML } from './outage.ts';
import { RenderGate } from './render-gate.ts';
import { dropUntrustedForwardedHeaders, type TrustProxy } from '../http/trust-proxy.ts';
import { isMalformedRequestTarget, MALFORMED_ADDRESS_MESSAGE } from '../http/bad-request.ts';
import { ResponseCache, type CachedResponse } from './response-cache.ts';

// The production HTTP server: Next.js's request handler behind a full-page cache for anonymous
// readers, security headers (a hash-based CSP) on every response, gzip, stale pages during a
// database outage, and a graceful stop.

export interface AppServerOptions {
  dir: string;
  dev: boolean;
  hostname: string;
  port: number;
  siteUrl?: string;
  databaseUrl?: string;
  pageCacheMaxBytes: number;
  pageCacheMaxAgeMs: number;
  /** Requests slower than this are logged with their path and status. */
  slowRequestMs: number;
  /** How many requests of each lane (readers, signed-in staff) Next.js renders at once. */
  renderConcurrency: number;
  /** Cache-Control of anonymous public pages for CDNs and reverse proxies. */
  sharedCache?: SharedCachePolicy;
  /** Which peer may set X-Forwarded-* (TRUST_PROXY); from any other they are removed. */
  trustProxy: TrustProxy;
}

export interface AppServer {
  server: http.Server;
  url: string;
  pageCache: ResponseCache;
  close(timeoutMs?: number): Promise<void>;
}

const DROPPED_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'content-encoding']);
const MIN_COMPRESS_BYTES = 1_024;
const MAX_BACKGROUND_RENDERS = 2;
const DEFAULT_SHARED_CACHE: SharedCachePolicy = { sharedMaxAgeSeconds: 60, staleWhileRevalidateSeconds: 60 };
/** Headers a 304 repeats from the full answer (RFC 9110 §15.4.5), besides the security headers. */
const NOT_MODIFIED_HEADERS = ['cache-control', 'etag', 'vary', 'content-location', 'expires'];

function encodingFor(req: IncomingMessage): ContentCoding | null {
  return preferredEncoding(req.headers['accept-encoding']);
}

function storableHeaders(headers: OutgoingHttpHeaders): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name)) continue;
    // Set-Cookie must stay one header per cookie; joining them would break every cookie after the first.
    result[name] = Array.isArray(value) ? (name === 'set-cookie' ? value : value.join(', ')) : String(value);
  }
  return result;
}

const preparedHeaders = new WeakMap<CachedResponse, Map<string, OutgoingHttpHeaders>>();

function encodedHitHeaders(entry: CachedResponse, coding: ContentCoding, body: Buffer, cacheStatus = ''): OutgoingHttpHeaders {
  let byStatus = preparedHeaders.get(entry);
  if (!byStatus) preparedHeaders.set(entry, (byStatus = new Map()));
  const preparedKey = `${coding} ${cacheStatus}`;
  let headers = byStatus.get(preparedKey);
  if (!headers) {
    headers = {
      ...entry.headers,
      vary: withVaryAcceptEncoding(entry.headers.vary),
      'content-encoding': coding,
      'content-length': String(body.byteLength),
      ...(cacheStatus ? { 'x-page-cache': cacheStatus } : {}),
    };
    byStatus.set(preparedKey, headers);
  }
  return headers;
}

/** The entry's body in the best coding the client accepts that the entry has, if any. */
function encodedBody(req: IncomingMessage, entry: CachedResponse): { coding: ContentCoding; body: Buffer } | undefined {
  for (const coding of acceptedEncodings(req.headers['accept-encoding'])) {
    if (entry.encoding === coding) return { coding, body: entry.body };
    if (coding === 'br' && entry.brotli) return { coding, body: entry.brotli };
  }
  return undefined;
}

/**
 * Sends a stored or finished response. Cache hits come here before anything was set on `res`,
 * so one writeHead with the full header set is all the work (the hot path of the page cache).
 */
function sendEntry(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, cacheStatus?: string, fresh = false): void {
  const send = (headers: OutgoingHttpHeaders, body: Buffer | undefined, status = entry.status) => {
    const payload = req.method === 'HEAD' ? undefined : body;
    if (!fresh) return sendComplete(res, status, headers, payload);
    res.writeHead(status, headers);
    res.end(payload);
  };
  // A browser or CDN revalidating a page it holds: nothing to send but the validators.
  const etag = entry.headers.etag;
  if (entry.status === 200 && typeof etag === 'string' && matchesIfNoneMatch(req.headers, etag)) {
    const headers: OutgoingHttpHeaders = {};
    for (const name of NOT_MODIFIED_HEADERS) if (entry.headers[name] !== undefined) headers[name] = entry.headers[name];
    if (cacheStatus) headers['x-page-cache'] = cacheStatus;
    return send(headers, undefined, 304);
  }
  // The hot path: a stored page in a coding the client takes. Its headers are built once per entry.
  const encoded = entry.encoding ? encodedBody(req, entry) : undefined;
  if (encoded) return send(encodedHitHeaders(entry, encoded.coding, encoded.body, cacheStatus), encoded.body);

  const headers: OutgoingHttpHeaders = { ...entry.headers };
  let body = entry.body;
  if (entry.encoding) {
    // Nearly every client takes gzip or Brotli; the few that refuse both (scripts, `gzip;q=0`) pay for this.
    body = entry.encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body);
    headers.vary = withVaryAcceptEncoding(entry.headers.vary);
  } else if (isCompressible(headers) && body.byteLength >= MIN_COMPRESS_BYTES) {
    // Sent plain to a client that refuses compression: caches on the way must still key on the encoding.
    headers.vary = withVaryAcceptEncoding(entry.headers.vary);
  }
  headers['content-length'] = String(body.byteLength);
  if (cacheStatus) headers['x-page-cache'] = cacheStatus;
  send(headers, body);
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const app = next({ dev: options.dev, dir: options.dir, hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();

  // 404s get a small share of the budget of their own: probes of random addresses (each a
  // distinct key) can only evict other 404s, never the pages readers come for.
  const notFoundBytes = Math.floor(options.pageCacheMaxBytes / 16);
  const pageCache = new ResponseCache({ maxBytes: options.pageCacheMaxBytes - notFoundBytes, maxAgeMs: options.pageCacheMaxAgeMs });
  const notFoundCache = new ResponseCache({ maxBytes: notFoundBytes, maxAgeMs: options.pageCacheMaxAgeMs });
  const assetCache = new ResponseCache({ maxBytes: 64 * 1024 * 1024, maxAgeMs: 0 });
  const baseHeaders = securityHeaders(options.siteUrl);
  const sharedCache = options.sharedCache ?? DEFAULT_SHARED_CACHE;
  const defaultCsp = contentSecurityPolicy({ dev: options.dev });
  const databaseUp = createDatabaseProbe(options.databaseUrl);
  const maintenance = watchMaintenance(options.dev ? undefined : options.databaseUrl);
  const warnedScripts = new Set<string>();
  const cacheEnabled = !options.dev && options.pageCacheMaxBytes > 0;
  // Two lanes, so a flood of readers never queues an editor's save behind it (and a forged
  // session cookie only ever competes with staff, never with readers).
  const readerGate = new RenderGate(options.renderConcurrency);
  const staffGate = new RenderGate(options.renderConcurrency);

  // Bumped on every content change: a render that started before a change must not be stored.
  // Changes made here and on other instances arrive by one path: the 'use cache' handler
  // (lib/cache/cache-handler.mjs) announces every tag update, its own and, through Redis, theirs.
  let generation = 0;
  const stopListening = onInvalidation(() => {
    generation += 1;
    pageCache.expireAll();
    notFoundCache.expireAll();
  });

  function contentSecurityPolicyFor(html: string): string {
    const { hashes, unrecognized } = inlineScriptHashes(html);
    for (const script of unrecognized) {
      if (warnedScripts.has(script) || warnedScripts.size > 100) continue;
      warnedScripts.add(script);
      console.warn(`[server] Inline script not allowed by the CSP (not generated by Next.js): ${JSON.stringify(script)}`);
    }
    return contentSecurityPolicy({ scriptHashes: hashes, dev: options.dev });
  }

  async function complete(req: IncomingMessage, res: ServerResponse, captured: CapturedResponse, key: string | null, asset: boolean, renderGeneration: number) {
    const { headers, body } = captured;
    const html = isHtml(headers);
    const text = html ? body.toString('utf8') : '';
    // notFound() after the shell went out with 200 (a page whose data vanished between the
    // proxy's lookup and the render): still a 404, never a "soft 404" stored as 200.
    const status = html && captured.status === 200 && hitNotFoundAfterShell(text) ? 404 : captured.status;
    const failed = status >= 500 || (html && hasFailedBoundary(text));
    if (failed && (req.method === 'GET' || req.method === 'HEAD')) {
      const stale = key ? (pageCache.getStale(key) ?? notFoundCache.getStale(key)) : undefined;
      if (stale) return sendEntry(req, res, stale, 'STALE');
      if ((html || key) && !(await databaseUp())) {
        const headersOut = {
          ...baseHeaders,
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'retry-after': '30',
          'content-security-policy': defaultCsp,
        };
        return sendEntry(req, res, { status: 503, headers: headersOut, body: Buffer.from(UNAVAILABLE_HTML), storedAt: Date.now() });
      }
    }
    const stored = storableHeaders(headers);
    stored['content-security-policy'] = html ? contentSecurityPolicyFor(text) : defaultCsp;
    const cacheable = req.method === 'GET' && !failed && isCacheableResponse(status, headers);
    const storing = (key !== null || asset) && cacheable;
    // What browsers and shared caches may do with it (README, "A CDN or reverse proxy in front").
    const publicAnswer =
      !options.dev && !failed && (req.method === 'GET' || req.method === 'HEAD') && pageCacheKey(req) !== null && isCacheableResponse(status, headers);
    if (publicAnswer) {
      stored['cache-control'] = publicCacheControl(sharedCache);
      if (status === 200) stored.etag = entityTag(body);
    } else if (html || stored['set-cookie'] !== undefined) {
      stored['cache-control'] = PRIVATE_NO_STORE;
    }
    let entry: CachedResponse = { status, headers: stored, body, storedAt: Date.now() };
    // Stored pages are kept compressed only, in gzip and Brotli (no work per hit for the clients
    // that matter); other answers are compressed for the client at hand.
    if (isCompressible(stored) && body.byteLength >= MIN_COMPRESS_BYTES) {
      if (storing) {
        const [gzipped, brotli] = await Promise.all([compressForStorage(body, 'gzip'), compressForStorage(body, 'br')]);
        entry = { ...entry, body: gzipped, encoding: 'gzip', brotli };
      } else {
        const coding = encodingFor(req);
        if (coding) entry = { ...entry, body: await compressForStorage(body, coding), encoding: coding };
      }
    }
    if (storing) {
      if (key) {
        if (generation === renderGeneration) (status === 404 ? notFoundCache : pageCache).set(key, entry);
        settleRender(res, { entry, generation: renderGeneration });
      } else if (status === 200) {
        assetCache.set(req.url ?? '', entry);
      }
    }
    sendEntry(req, res, entry, key ? 'MISS' : undefined);
  }

  // Stale-while-revalidate for pages that only aged (no content change): the reader gets the
  // stored copy at once and one background request, marked with this process's token, renders
  // and stores a new one. Content changes expire entries outright (never served again).
  const revalidateToken = randomBytes(16).toString('hex');
  const revalidating = new Set<string>();
  let selfUrl = '';
  function revalidateInBackground(key: string): void {
    // Bounded: a burst of aged pages must not become a burst of renders that starves readers;
    // a page that doesn't get a slot now is simply served aged once more and retried later.
    if (revalidating.has(key) || revalidating.size >= MAX_BACKGROUND_RENDERS || !selfUrl || stopping) return;
    revalidating.add(key);
    fetch(`${selfUrl}${key}`, { headers: { 'x-ccn-revalidate': revalidateToken }, signal: AbortSignal.timeout(30_000) })
      .then((response) => response.arrayBuffer())
      .catch(() => undefined)
      .finally(() => revalidating.delete(key));
  }

  // Single flight: while one request renders a cacheable page, others asking for the same page
  // wait for that render instead of starting their own (after a publish empties the cache, 200
  // readers of the home page cost one render, not 200). Keyed by response, settled on completion.
  // A follower takes the leader's page only if no content changed between the start of that
  // render and the follower's arrival (same generation); otherwise it renders for itself.
  type Flight = { entry: CachedResponse; generation: number } | undefined;
  const rendering = new Map<string, Promise<Flight>>();
  const leaders = new WeakMap<ServerResponse, (result: Flight) => void>();
  function leadRender(key: string, res: ServerResponse, onClose: Array<() => void>): void {
    let settle: (result: Flight) => void = () => {};
    const flight = new Promise<Flight>((resolve) => (settle = resolve));
    rendering.set(key, flight);
    const finish = (entry: Flight) => {
      if (rendering.get(key) === flight) rendering.delete(key);
      leaders.delete(res);
      settle(entry);
    };
    leaders.set(res, finish);
    // Not stored (private, failed, aborted or streamed): the followers render for themselves.
    onClose.push(() => finish(undefined));
  }
  function settleRender(res: ServerResponse, result: Flight): void {
    leaders.get(res)?.(result);
  }

  let active = 0;
  let stopping = false;
  const server = http.createServer((req, res) => {
    active += 1;
    // Before anything reads them: a client can't claim another address, host or scheme.
    dropUntrustedForwardedHeaders(req.headers, req.socket.remoteAddress, options.trustProxy);
    const receivedAt = performance.now();
    // One 'close' listener per response for all our bookkeeping (Next adds its own).
    const onClose: Array<() => void> = [];
    res.once('close', () => {
      active -= 1;
      for (const hook of onClose) hook();
      const elapsed = performance.now() - receivedAt;
      // A slow-request log (like nginx's): the first thing to read when readers report waits.
      if (elapsed >= options.slowRequestMs) {
        console.warn(
          `[server] Slow request: ${req.method} ${req.url} → ${res.statusCode} in ${Math.round(elapsed)} ms${res.writableFinished ? '' : ' (connection closed before the answer was sent)'}`,
        );
      }
    });
    if (stopping) res.shouldKeepAlive = false;
    if (isMalformedRequestTarget(req.url ?? '/')) {
      // Next.js would throw decoding it (a 500) or hand a NUL to PostgreSQL.
      res.writeHead(400, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': defaultCsp });
      res.end(MALFORMED_ADDRESS_MESSAGE);
      return;
    }
    const notice = maintenance.current();
    if (notice && isReaderRequest(req)) {
      const headersOut = {
        ...baseHeaders,
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': String(retryAfterSeconds(notice)),
        'content-security-policy': defaultCsp,
      };
      return sendEntry(req, res, { status: 503, headers: headersOut, body: Buffer.from(maintenanceHtml(notice)), storedAt: Date.now() });
    }
    const key = cacheEnabled ? pageCacheKey(req) : null;
    // The copy stored under a key is rendered from that key's URL (parameters the page doesn't
    // read dropped): every reader of the key gets the same page, whatever junk the first had.
    if (key !== null && key !== req.url) req.url = key;
    const asset = cacheEnabled && isStaticAsset(req);
    const forceRender = key !== null && req.headers['x-ccn-revalidate'] === revalidateToken;
    // Stored entries already carry the security headers and their CSP.
    if (key && !forceRender) {
      const found = pageCache.lookup(key) ?? notFoundCache.lookup(key);
      if (found?.state === 'aged') revalidateInBackground(key);
      if (found) return sendEntry(req, res, found.entry, found.state === 'fresh' ? 'HIT' : 'STALE', true);
    } else if (asset) {
      const hit = assetCache.get(req.url ?? '');
      if (hit) return sendEntry(req, res, hit, undefined, true);
    }
    // Uploaded files (/media/…) carry their own strict CSP and framing rules from their route
    // (PDFs may be framed by our own pages for the inline viewer): Next appends rather than
    // replaces headers set here, so the page defaults must not be set on them first.
    const mediaFile = (req.url ?? '').startsWith('/media/');
    for (const [name, value] of Object.entries(baseHeaders)) if (!(mediaFile && name === 'X-Frame-Options')) res.setHeader(name, value);

    if (options.dev || bypassesRenderGate(req)) return render(req, res, key, asset);
    const flight = key && !forceRender && req.method === 'GET' ? rendering.get(key) : undefined;
    if (flight) {
      const joinedAt = generation;
      void flight.then((result) =>
        result && result.generation === joinedAt ? sendEntry(req, res, result.entry, 'HIT') : renderInTurn(req, res, key, asset, onClose),
      );
      return;
    }
    if (key && !forceRender && req.method === 'GET') leadRender(key, res, onClose);
    renderInTurn(req, res, key, asset, onClose);
  });
  server.keepAliveTimeout = 65_000;

  function renderInTurn(req: IncomingMessage, res: ServerResponse, key: string | null, asset: boolean, onClose: Array<() => void>): void {
    (hasSessionCookie(req) ? staffGate : readerGate).acquire().then((release) => {
      // 'finish' frees the slot once the answer is handed to the socket; 'close' covers aborts.
      res.once('finish', release);
      onClose.push(release);
      // A reader who left while queued needs no render.
      if (res.destroyed || req.socket.destroyed) return release();
      render(req, res, key, asset);
    });
  }

  function render(req: IncomingMessage, res: ServerResponse, key: string | null, asset: boolean): void {
    const mediaFile = (req.url ?? '').startsWith('/media/');
    const renderGeneration = generation;
    const shared = !options.dev && pageCacheKey(req) !== null;
    // Next streams metadata into <body> for a request without a User-Agent (whatever
    // htmlLimitedBots says); such a page must not be the copy the cache hands to everyone.
    if (!req.headers['user-agent']) req.headers['user-agent'] = 'unknown';
    captureResponse(
      res,
      (status, headers) => {
        // Nothing outside the public pages may be kept by a shared cache unless its route says so
        // (redirects of the admin, API answers, server actions).
        if (!shared && headers['cache-control'] === undefined) res.setHeader('cache-control', PRIVATE_NO_STORE);
        if (headers['content-encoding'] !== undefined || status === 206 || status === 304) return false;
        if (isHtml(headers) || key !== null) return true;
        const type = String(headers['content-type'] ?? '');
        if (!type.startsWith('text/x-component')) return (asset && status === 200) || isCompressible(headers);
        // RSC payloads (navigations, prefetches) stream, so navigation shows content as it
        // arrives: they are compressed as they are written. Media files stream untouched.
        const length = Number(headers['content-length'] ?? Number.NaN);
        const coding = req.method === 'HEAD' || length < MIN_COMPRESS_BYTES ? null : encodingFor(req);
        return coding ?? false;
      },
      (captured) => complete(req, res, captured, key, asset, renderGeneration),
    );
    // A response that never reaches our patched end (Next streams it) still gets the CSP.
    if (!mediaFile && !res.hasHeader('content-security-policy')) res.setHeader('content-security-policy', defaultCsp);
    handle(req, res).catch((error: unknown) => {
      console.error('[server] Request failed:', error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.hostname.includes(':') ? `[${options.hostname}]` : options.hostname}:${port}`;
  const loopback = options.hostname === '0.0.0.0' || options.hostname === '::' ? '127.0.0.1' : options.hostname;
  selfUrl = `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}`;

  return {
    server,
    url,
    pageCache,
    async close(timeoutMs = 25_000) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + timeoutMs;
      while (active > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      server.closeAllConnections();
      await closed;
      stopListening();
      await maintenance.stop();
      await app.close();
    },
  };
}
