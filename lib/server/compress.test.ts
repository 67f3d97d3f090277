import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { streamCompressed } from './capture';
import { compressForStorage, gzipForStorage } from './compress';

const page = Buffer.from(
  `<!DOCTYPE html><html lang="vi"><body>${'<p>Tin tức cụm công nghiệp Ninh Bình.</p>'.repeat(400)}${randomBytes(2048).toString('base64')}</body></html>`,
);

describe('compressForStorage', () => {
  it('round-trips the body in gzip and Brotli', async () => {
    expect(gunzipSync(await gzipForStorage(page)).equals(page)).toBe(true);
    expect(brotliDecompressSync(await compressForStorage(page, 'br')).equals(page)).toBe(true);
  });

  it('returns a buffer that owns exactly its bytes, unlike zlib’s own result', async () => {
    const plain = await promisify(gzip)(page);
    // The reason for the copy: zlib's result is a view into a larger allocation.
    expect(plain.buffer.byteLength).toBeGreaterThan(plain.byteLength);
    for (const coding of ['gzip', 'br'] as const) {
      const stored = await compressForStorage(page, coding);
      expect(stored.byteLength).toBeLessThan(page.byteLength / 2);
      expect(stored.buffer.byteLength).toBe(stored.byteLength);
    }
  });
});

describe('streamCompressed', () => {
  it('compresses a streamed response piece by piece, each piece reaching the client before the end', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = http.createServer((req, res) => {
      res.setHeader('content-type', 'text/x-component');
      res.setHeader('vary', 'rsc');
      streamCompressed(res, req.headers['accept-encoding'] === 'br' ? 'br' : 'gzip');
      res.write('1:"first part"\n');
      void gate.then(() => res.end('2:"second part"\n'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const coding of ['br', 'gzip'] as const) {
        const received: Buffer[] = [];
        const response = await new Promise<http.IncomingMessage>((resolve) =>
          http.get({ port, host: '127.0.0.1', headers: { 'accept-encoding': coding } }, resolve),
        );
        expect(response.headers['content-encoding']).toBe(coding);
        expect(response.headers.vary).toBe('rsc, Accept-Encoding');
        let firstArrived: () => void = () => {};
        const first = new Promise<void>((resolve) => (firstArrived = resolve));
        const ended = new Promise((resolve) => response.once('end', resolve));
        response.on('data', (chunk: Buffer) => {
          received.push(chunk);
          firstArrived();
        });
        // The first part arrives (flushed) while the server still holds the rest back.
        await first;
        release();
        await ended;
        const body = Buffer.concat(received);
        const text = (coding === 'br' ? brotliDecompressSync(body) : gunzipSync(body)).toString();
        expect(text).toBe('1:"first part"\n2:"second part"\n');
      }
    } finally {
      server.close();
    }
  });
});
