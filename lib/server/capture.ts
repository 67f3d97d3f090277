import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { ContentCoding } from './http-cache.ts';

// Lets the custom server see a response Next.js writes before it reaches the client: when
// `shouldBuffer` says so (HTML to hash for the CSP, pages to cache, assets to compress), writes
// are collected and `onComplete` decides what is finally sent; otherwise the response streams
// through untouched. Headers are kept mutable until then, so the server can still add its own.

export interface CapturedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** true: collect the whole body; false: pass it through; a coding: stream it compressed. */
export type BufferDecision = (status: number, headers: OutgoingHttpHeaders) => boolean | ContentCoding;

type WriteCallback = (error?: Error | null) => void;

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer | undefined {
  if (chunk === undefined || chunk === null) return undefined;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding ?? 'utf8');
}

export function withVaryAcceptEncoding(vary: string | number | readonly string[] | undefined): string {
  const value = Array.isArray(vary) ? vary.join(', ') : vary === undefined ? '' : String(vary);
  if (!value) return 'Accept-Encoding';
  return /accept-encoding/i.test(value) ? value : `${value}, Accept-Encoding`;
}

/**
 * Compresses a streamed response (RSC payloads of navigations and prefetches) as it is written,
 * on zlib's thread pool. Output is flushed once per burst of writes (setImmediate), so a
 * streamed payload still reaches the browser in pieces as Next.js produces them.
 */
export function streamCompressed(res: ServerResponse, coding: ContentCoding): void {
  const write = res.write;
  const end = res.end;
  res.setHeader('content-encoding', coding);
  res.removeHeader('content-length');
  res.setHeader('vary', withVaryAcceptEncoding(res.getHeader('vary')));
  const zip =
    coding === 'br'
      ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
      : createGzip();
  const flushKind = coding === 'br' ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH;
  let flushScheduled = false;
  zip.on('data', (chunk: Buffer) => (write as (chunk: Buffer) => boolean).call(res, chunk));
  zip.once('end', () => (end as () => ServerResponse).call(res));
  zip.once('error', (error) => res.destroy(error));
  res.once('close', () => zip.destroy());

  res.write = function compressedWrite(chunk: unknown, encodingOrCallback?: BufferEncoding | WriteCallback, callback?: WriteCallback): boolean {
    const buffer = toBuffer(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined);
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (buffer && buffer.byteLength > 0) zip.write(buffer);
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(() => {
        flushScheduled = false;
        if (!zip.destroyed && !zip.writableEnded) zip.flush(flushKind);
      });
    }
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse['write'];

  res.end = function compressedEnd(chunk?: unknown, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) {
    const done = typeof chunk === 'function' ? (chunk as () => void) : typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    const buffer = typeof chunk === 'function' ? undefined : toBuffer(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined);
    if (buffer && buffer.byteLength > 0) zip.write(buffer);
    if (done) res.once('finish', done);
    zip.end();
    return res;
  } as ServerResponse['end'];
}

export function captureResponse(res: ServerResponse, shouldBuffer: BufferDecision, onComplete: (captured: CapturedResponse) => void | Promise<void>): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  let mode: 'undecided' | 'buffer' | 'pass' = 'undecided';
  const chunks: Buffer[] = [];

  const restore = () => {
    res.writeHead = original.writeHead;
    res.write = original.write;
    res.end = original.end;
    res.flushHeaders = original.flushHeaders;
  };

  const decide = () => {
    if (mode !== 'undecided') return;
    const decision = shouldBuffer(res.statusCode, res.getHeaders());
    mode = decision === true ? 'buffer' : 'pass';
    if (mode === 'pass') restore();
    if (decision === 'br' || decision === 'gzip') streamCompressed(res, decision);
  };

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    res.statusCode = status;
    const headers = rest.find((value) => typeof value === 'object' && value !== null) as OutgoingHttpHeaders | string[] | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    decide();
    if (mode === 'pass') return original.writeHead.call(res, res.statusCode);
    return res;
  } as ServerResponse['writeHead'];

  res.flushHeaders = function flushHeaders() {
    decide();
    if (mode === 'pass') original.flushHeaders.call(res);
  };

  res.write = function write(chunk: unknown, encodingOrCallback?: BufferEncoding | WriteCallback, callback?: WriteCallback): boolean {
    decide();
    // res.write is now the original, or the compressor streamCompressed installed.
    if (mode === 'pass') return (res.write as (...args: unknown[]) => boolean).call(res, chunk, encodingOrCallback, callback);
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse['write'];

  res.end = function end(chunk?: unknown, encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) {
    decide();
    if (mode === 'pass') return (res.end as (...args: unknown[]) => ServerResponse).call(res, chunk, encodingOrCallback, callback);
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    const done = typeof chunk === 'function' ? (chunk as () => void) : typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    const buffer = typeof chunk === 'function' ? undefined : toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    restore();
    const captured: CapturedResponse = { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) };
    Promise.resolve(onComplete(captured))
      .catch((error: unknown) => {
        console.error('[server] Finishing a response failed:', error);
        if (!res.headersSent) res.statusCode = 500;
        if (!res.writableEnded) res.end();
      })
      .finally(() => done?.());
    return res;
  } as ServerResponse['end'];
}

/** Sends a complete response with the original (unpatched) methods. */
export function sendComplete(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer | undefined): void {
  for (const name of res.getHeaderNames()) if (!(name in headers)) res.removeHeader(name);
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  res.statusCode = status;
  res.end(body);
}
