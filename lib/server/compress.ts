import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentCoding } from './http-cache.ts';

const gzipOffThread = promisify(gzip);
const brotliOffThread = promisify(brotliCompress);

/**
 * Brotli quality for whole responses: 5 is already smaller than gzip -6 on our pages and costs
 * about what gzip does; 11 (zlib's default) is meant for build-time assets and takes tens of
 * milliseconds per page.
 */
export const BROTLI_QUALITY = 5;

function owned(compressed: Buffer): Buffer {
  // Not Buffer.from/copyBytesFrom: small copies come from a shared pool, a view again.
  const bytes = new ArrayBuffer(compressed.byteLength);
  new Uint8Array(bytes).set(compressed);
  return Buffer.from(bytes);
}

/**
 * Compresses a response body on libuv's thread pool (compressing a page on the event loop held
 * up the renders of other requests: 7 % of the event loop's time for uncached pages).
 *
 * The result owns a buffer of exactly its size: zlib hands back a view into its own, much larger
 * output buffer (about 100 kB for a 10 kB page), and a cache keeping such views pinned ten times
 * the memory it counted.
 */
export async function compressForStorage(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  if (coding === 'gzip') return owned(await gzipOffThread(body));
  return owned(
    await brotliOffThread(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  );
}

export function gzipForStorage(body: Buffer): Promise<Buffer> {
  return compressForStorage(body, 'gzip');
}
