import { randomBytes } from 'node:crypto';
import { gunzipSync, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gzipForStorage } from './compress';

const page = Buffer.from(`<!DOCTYPE html><html lang="vi"><body>${'<p>Tin tức cụm công nghiệp Ninh Bình.</p>'.repeat(400)}${randomBytes(2048).toString('base64')}</body></html>`);

describe('gzipForStorage', () => {
  it('round-trips the body', async () => {
    expect(gunzipSync(await gzipForStorage(page)).equals(page)).toBe(true);
  });

  it('returns a buffer that owns exactly its bytes, unlike zlib’s own result', async () => {
    const plain = await promisify(gzip)(page);
    // The reason for the copy: zlib's result is a view into a larger allocation.
    expect(plain.buffer.byteLength).toBeGreaterThan(plain.byteLength);
    const stored = await gzipForStorage(page);
    expect(stored.byteLength).toBeLessThan(page.byteLength / 2);
    expect(stored.buffer.byteLength).toBe(stored.byteLength);
  });
});
