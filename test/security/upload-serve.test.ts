import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
import { POST as upload } from '@/app/api/media/upload/route';
import { GET as serve } from '@/app/media/[...key]/route';
import { HTML_PAYLOAD, PHP_AS_JPG, SVG_WITH_SCRIPT, noisePng, polyglotJpegHtml } from '@/test/fixtures/media-files';
import { signedInAs } from '@/test/act-as';

// Uploads end to end through the HTTP routes (issue 5): what the upload route accepts is served
// back by the media route under a generated key (no part of the user's file name), with the
// sniffed Content-Type, nosniff and a sandboxing CSP; hostile files never become servable, and
// nothing lands outside UPLOAD_DIR.

let uploadDir: string;
let outside: string;
beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'ccn-upload-serve-'));
  uploadDir = path.join(base, 'uploads');
  outside = base;
  process.env.UPLOAD_DIR = uploadDir;
});
afterAll(async () => {
  await rm(outside, { recursive: true, force: true });
});

function uploadRequest(body: Buffer, name: string): NextRequest {
  return new NextRequest('http://127.0.0.1:3000/api/media/upload?accept=image,video,pdf', {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'x-file-name': encodeURIComponent(name), 'content-length': String(body.length) },
  });
}

async function get(url: string): Promise<Response> {
  const key = url.replace(/^\/media\//, '').split('/');
  return serve(new Request(`http://127.0.0.1:3000${url}`), { params: Promise.resolve({ key }) });
}

describe('uploaded files as served over HTTP', () => {
  it('carry the sniffed type, nosniff, a sandbox CSP and a generated path without the user’s name', async () => {
    await signedInAs('EDITOR');
    const hostileName = '../../<script>alert(1)</script>\u202Egnp.exe.png';
    const response = await upload(uploadRequest(await noisePng(64, 48), hostileName));
    expect(response.status).toBe(201);
    const { media } = (await response.json()) as { media: { url: string } };
    expect(media.url).toMatch(/^\/media\/[a-z]+\/\d{4}\/\d{2}\/[0-9a-f-]{36}(-\d+)?\.[a-z0-9]+$/);
    for (const part of ['script', 'alert', '..', 'gnp', 'exe', '\u202E']) expect(media.url).not.toContain(part);

    const served = await get(media.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toMatch(/^image\/(png|webp|jpeg|avif)$/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    // The original name is offered for saving, but only as inert text: quoted, no path, no controls
    // or bidi overrides, no angle brackets, and percent-encoded in the RFC 5987 form.
    const disposition = served.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^inline; filename="[^"\\<>\/\u0000-\u001f\u202a-\u202e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+,;=:@-]*$/);
    for (const part of ['..', '/', '\u202E', '<', '>']) expect(disposition).not.toContain(part);
  });

  it('never makes a hostile file servable, and writes nothing outside UPLOAD_DIR', async () => {
    await signedInAs('EDITOR');
    const before = await readdir(outside);
    for (const [name, body] of [
      ['trang.jpg', PHP_AS_JPG],
      ['trang.html.jpg', Buffer.from(HTML_PAYLOAD)],
      ['anh.svg', SVG_WITH_SCRIPT],
      ['polyglot.jpg', await polyglotJpegHtml()],
      ['../../../../etc/cron.d/x.jpg', PHP_AS_JPG],
    ] as const) {
      const response = await upload(uploadRequest(body, name));
      if (response.status === 201) {
        // Only a re-encoded image may come out of this (the polyglot's JPEG part): never HTML.
        const { media } = (await response.json()) as { media: { url: string } };
        const served = await get(media.url);
        expect(served.headers.get('content-type'), name).toMatch(/^image\//);
        expect(Buffer.from(await served.arrayBuffer()).toString('latin1'), name).not.toContain('<script');
      } else {
        expect(response.status, name).toBeGreaterThanOrEqual(400);
        expect(response.status, name).toBeLessThan(500);
        expect(((await response.json()) as { error: string }).error, name).toMatch(/[ạ-ỹ]|tệp|ảnh/i);
      }
    }
    expect(await readdir(outside)).toEqual(before);
    // Path tricks in the URL never reach the disk.
    for (const url of ['/media/../../etc/passwd', '/media/%2e%2e/%2e%2e/etc/passwd', '/media/images/..%2f..%2fsecret'])
      expect((await get(url)).status).toBe(404);
  });
});
