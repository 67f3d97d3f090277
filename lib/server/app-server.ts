import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import next from 'next';
import { onInvalidation } from '../cache/invalidation-bus.ts';
import { invalidationChannel } from '../cache/redis-keys.ts';
import { captureResponse, sendComplete, type CapturedResponse } from './capture.ts';
import { bypassesRenderGate, hasSessionCookie, isCacheableResponse, isCompressible, isHtml, isStaticAsset, pageCacheKey } from './cache-policy.ts';
import { gzipForStorage } from './compress.ts';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from './csp.ts';
import { isReaderRequest, maintenanceHtml, retryAfterSeconds, watchMaintenance } from './maintenance.ts';
import { createDatabaseProbe, hasFailedBoundary, UNAVAILABLE_HTML } from './outage.ts';
import { startPageCacheSync, type PageCacheSync } from './page-cache-sync.ts';
import { RenderGate } from './render-gate.ts';
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
  redisUrl?: string;
  pageCacheMaxBytes: number;
  pageCacheMaxAgeMs: number;
  /** Requests slower than this are logged with their path and status. */
  slowRequestMs: number;
  /** How many requests of each lane (readers, signed-in staff) Next.js renders at once. */
  renderConcurrency: number;
}

export interface AppServer {
  server: http.Server;
  url: string;
  pageCache: ResponseCache;
  close(timeoutMs?: number): Promise<void>;
}

const DROPPED_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'content-encoding']);
const MIN_GZIP_BYTES = 1_024;
const MAX_BACKGROUND_RENDERS = 2;

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
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

function withVaryAcceptEncoding(vary: string | undefined): string {
  if (!vary) return 'Accept-Encoding';
  return /accept-encoding/i.test(vary) ? vary : `${vary}, Accept-Encoding`;
}

const preparedHeaders = new WeakMap<CachedResponse, Map<string, OutgoingHttpHeaders>>();

function gzipHitHeaders(entry: CachedResponse, cacheStatus = ''): OutgoingHttpHeaders {
  let byStatus = preparedHeaders.get(entry);
  if (!byStatus) preparedHeaders.set(entry, (byStatus = new Map()));
  let headers = byStatus.get(cacheStatus);
  if (!headers) {
    headers = {
      ...entry.headers,
      vary: withVaryAcceptEncoding(typeof entry.headers.vary === 'string' ? entry.headers.vary : undefined),
      'content-encoding': 'gzip',
      'content-length': String(entry.body.byteLength),
      ...(cacheStatus ? { 'x-page-cache': cacheStatus } : {}),
    };
    byStatus.set(cacheStatus, headers);
  }
  return headers;
}

/**
 * Sends a stored or finished response. Cache hits come here before anything was set on `res`,
 * so one writeHead with the full header set is all the work (the hot path of the page cache).
 */
function sendEntry(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, cacheStatus?: string, fresh = false): void {
  const send = (headers: OutgoingHttpHeaders, body: Buffer) => {
    const payload = req.method === 'HEAD' ? undefined : body;
    if (!fresh) return sendComplete(res, entry.status, headers, payload);
    res.writeHead(entry.status, headers);
    res.end(payload);
  };
  // The hot path: a stored page to a client taking gzip. Its headers are built once per entry.
  if (entry.encoding === 'gzip' && acceptsGzip(req)) return send(gzipHitHeaders(entry, cacheStatus), entry.body);

  const headers: OutgoingHttpHeaders = { ...entry.headers };
  let body = entry.body;
  if (entry.encoding === 'gzip') {
    // Nearly every client accepts gzip; the few that don't (scripts, old bots) pay for this.
    body = gunzipSync(body);
    headers.vary = withVaryAcceptEncoding(typeof entry.headers.vary === 'string' ? entry.headers.vary : undefined);
  } else if (isCompressible(headers) && body.byteLength >= MIN_GZIP_BYTES) {
    // Sent plain to a client that refuses gzip: caches on the way must still key on the encoding.
    headers.vary = withVaryAcceptEncoding(typeof entry.headers.vary === 'string' ? entry.headers.vary : undefined);
  }
  headers['content-length'] = String(body.byteLength);
  if (cacheStatus) headers['x-page-cache'] = cacheStatus;
  send(headers, body);
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const app = next({ dev: options.dev, dir: options.dir, hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const pageCache = new ResponseCache({ maxBytes: options.pageCacheMaxBytes, maxAgeMs: options.pageCacheMaxAgeMs });
  const assetCache = new ResponseCache({ maxBytes: 64 * 1024 * 1024, maxAgeMs: 0 });
  const baseHeaders = securityHeaders(options.siteUrl);
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
  let generation = 0;
  const expirePages = () => {
    generation += 1;
    pageCache.expireAll();
  };
  const stopListening = onInvalidation(expirePages);
  let sync: PageCacheSync | undefined;
  if (options.redisUrl) {
    sync = await startPageCacheSync(options.redisUrl, invalidationChannel(), expirePages).catch((error: unknown) => {
      console.warn('[server] Redis is unreachable; this instance will not hear other instances publish:', error instanceof Error ? error.message : error);
      return undefined;
    });
  }

  function contentSecurityPolicyFor(html: string): string {
    const { hashes, unrecognized } = inlineScriptHashes(html);
    for (const script of unrecognized) {
      if (warnedScripts.has(script) || warnedScripts.size > 100) continue;
      warnedScripts.add(script);
      console.warn(`[server] Inline script not allowed by the CSP (not generated by Next.js): ${JSON.stringify(script)}`);
    }
    return contentSecurityPolicy({ scriptHashes: hashes, dev: options.dev });
  }

  async function complete(req: IncomingMessage, res: ServerResponse, captured: CapturedResponse, key: string | null, asset: boolean, startedAt: number) {
    const { status, headers, body } = captured;
    const html = isHtml(headers);
    const text = html ? body.toString('utf8') : '';
    const failed = status >= 500 || (html && hasFailedBoundary(text));
    if (failed && (req.method === 'GET' || req.method === 'HEAD')) {
      const stale = key ? pageCache.getStale(key) : undefined;
      if (stale) return sendEntry(req, res, stale, 'STALE');
      if ((html || key) && !(await databaseUp())) {
        const headersOut = { ...baseHeaders, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30', 'content-security-policy': defaultCsp };
        return sendEntry(req, res, { status: 503, headers: headersOut, body: Buffer.from(UNAVAILABLE_HTML), storedAt: Date.now() });
      }
    }
    const stored = storableHeaders(headers);
    stored['content-security-policy'] = html ? contentSecurityPolicyFor(text) : defaultCsp;
    let entry: CachedResponse = { status, headers: stored, body, storedAt: Date.now() };
    const cacheable = req.method === 'GET' && !failed && isCacheableResponse(status, headers);
    const storing = (key !== null || asset) && cacheable;
    // Stored pages are kept compressed only (half the memory, no work per hit for the clients
    // that matter); other answers are compressed for the clients that take gzip.
    if ((storing || acceptsGzip(req)) && isCompressible(stored) && body.byteLength >= MIN_GZIP_BYTES) {
      entry = { ...entry, body: await gzipForStorage(body), encoding: 'gzip' };
    }
    if (storing) {
      if (key) {
        if (generation === startedAt) pageCache.set(key, entry);
        settleRender(res, { entry, generation: startedAt });
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
    const receivedAt = performance.now();
    // One 'close' listener per response for all our bookkeeping (Next adds its own).
    const onClose: Array<() => void> = [];
    res.once('close', () => {
      active -= 1;
      for (const hook of onClose) hook();
      const elapsed = performance.now() - receivedAt;
      // A slow-request log (like nginx's): the first thing to read when readers report waits.
      if (elapsed >= options.slowRequestMs) {
        console.warn(`[server] Slow request: ${req.method} ${req.url} → ${res.statusCode} in ${Math.round(elapsed)} ms${res.writableFinished ? '' : ' (connection closed before the answer was sent)'}`);
      }
    });
    if (stopping) res.shouldKeepAlive = false;
    const notice = maintenance.current();
    if (notice && isReaderRequest(req)) {
      const headersOut = { ...baseHeaders, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(retryAfterSeconds(notice)), 'content-security-policy': defaultCsp };
      return sendEntry(req, res, { status: 503, headers: headersOut, body: Buffer.from(maintenanceHtml(notice)), storedAt: Date.now() });
    }
    const key = cacheEnabled ? pageCacheKey(req) : null;
    const asset = cacheEnabled && isStaticAsset(req);
    const forceRender = key !== null && req.headers['x-ccn-revalidate'] === revalidateToken;
    // Stored entries already carry the security headers and their CSP.
    if (key && !forceRender) {
      const found = pageCache.lookup(key);
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
      void flight.then((result) => (result && result.generation === joinedAt ? sendEntry(req, res, result.entry, 'HIT') : renderInTurn(req, res, key, asset, onClose)));
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
    const startedAt = generation;
    captureResponse(
      res,
      (status, headers) => {
        if (headers['content-encoding'] !== undefined || status === 206 || status === 304) return false;
        if (isHtml(headers) || key !== null) return true;
        const type = String(headers['content-type'] ?? '');
        // RSC payloads stream (navigation shows content as it arrives); media files stream.
        return (asset && status === 200) || (isCompressible(headers) && !type.startsWith('text/x-component'));
      },
      (captured) => complete(req, res, captured, key, asset, startedAt),
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
      await sync?.close();
      await maintenance.stop();
      await app.close();
    },
  };
}
