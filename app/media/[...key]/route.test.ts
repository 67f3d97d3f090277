import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { mediaStorage } from '@/lib/storage';
import { parseRange } from './range';
import { GET, HEAD } from './route';

// connection() needs Next's request scope; here the handler is called directly.
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {} }));

const KEY = '2026/11/0b0f1c2e-video.mp4';
const VARIANT_KEY = '2026/11/0b0f1c2e-anh-640.webp';
const BYTES = Buffer.from(Array.from({ length: 1000 }, (_, index) => index % 256));
let uploadDir = '';

function request(key: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/media/${key}`, { headers }), { params: Promise.resolve({ key: key.split('/') }) });
}

describe('GET /media/[...key]', () => {
  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ccn-media-'));
    process.env.UPLOAD_DIR = uploadDir;
    await mediaStorage().put(KEY, BYTES);
    await mediaStorage().put(VARIANT_KEY, Buffer.from('RIFFwebp'));
    await mediaStorage().put('2026/11/khong-co-dong.bin', Buffer.from('x'));
    await prisma.media.create({ data: { storageKey: KEY, originalName: 'Video <b>"x".mp4', mimeType: 'video/mp4', byteSize: BigInt(BYTES.length) } });
    await prisma.media.create({
      data: {
        storageKey: '2026/11/0b0f1c2e-anh.jpg',
        originalName: 'anh.jpg',
        mimeType: 'image/jpeg',
        byteSize: 10n,
        variants: [{ width: 640, format: 'webp', key: VARIANT_KEY, bytes: 8 }],
      },
    });
  });
  afterAll(async () => {
    await rm(uploadDir, { recursive: true, force: true });
  });

  it('streams the whole file with the stored type and long-lived caching', async () => {
    const response = await request(KEY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('etag')).toMatch(/^".+"$/);
    expect(response.headers.get('last-modified')).toBeTruthy();
    expect(response.headers.get('content-length')).toBe('1000');
    expect(Buffer.from(await response.arrayBuffer()).equals(BYTES)).toBe(true);
  });

  it('answers byte ranges with 206 and Content-Range', async () => {
    const response = await request(KEY, { range: 'bytes=100-199' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(response.headers.get('content-length')).toBe('100');
    expect(Buffer.from(await response.arrayBuffer()).equals(BYTES.subarray(100, 200))).toBe(true);

    const open = await request(KEY, { range: 'bytes=990-' });
    expect(open.status).toBe(206);
    expect(open.headers.get('content-range')).toBe('bytes 990-999/1000');
    expect((await open.arrayBuffer()).byteLength).toBe(10);

    const suffix = await request(KEY, { range: 'bytes=-5' });
    expect(suffix.headers.get('content-range')).toBe('bytes 995-999/1000');
    expect(Buffer.from(await suffix.arrayBuffer()).equals(BYTES.subarray(995))).toBe(true);
  });

  it('answers 416 for a range past the end', async () => {
    const response = await request(KEY, { range: 'bytes=5000-6000' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
  });

  it('sends the whole file when If-Range is stale, and 304 for a matching ETag', async () => {
    const stale = await request(KEY, { range: 'bytes=0-1', 'if-range': '"old"' });
    expect(stale.status).toBe(200);
    const etag = (await request(KEY)).headers.get('etag') ?? '';
    expect((await request(KEY, { 'if-none-match': etag })).status).toBe(304);
  });

  it('serves generated variants with the type of their format', async () => {
    const response = await request(VARIANT_KEY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
  });

  it('is 404 for files without a Media row, bad keys and missing files', async () => {
    expect((await request('2026/11/khong-co-dong.bin')).status).toBe(404);
    expect((await request('../etc/passwd')).status).toBe(404);
    expect((await request('2026/11/Video.MP4')).status).toBe(404);
    await prisma.media.create({ data: { storageKey: '2026/11/mat-tep.png', originalName: 'x.png', mimeType: 'image/png', byteSize: 1n } });
    expect((await request('2026/11/mat-tep.png')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const response = await HEAD(new Request(`http://localhost/media/${KEY}`, { method: 'HEAD' }), { params: Promise.resolve({ key: KEY.split('/') }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('1000');
    expect(response.body).toBeNull();
  });
});

describe('parseRange', () => {
  it('handles the forms of a single range', () => {
    expect(parseRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 });
    expect(parseRange('bytes=5-100', 10)).toEqual({ start: 5, end: 9 });
    expect(parseRange('bytes=-20', 10)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 10)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-1,3-4', 10)).toBeNull();
    expect(parseRange('items=0-1', 10)).toBeNull();
    expect(parseRange('bytes=5-3', 10)).toBeNull();
  });
});
