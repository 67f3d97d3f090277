import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
import { prisma } from '@/lib/db';
import { lyingMp4, minimalMp4, noisePng } from '@/test/fixtures/media-files';
import { actAs, expectUnauthorized, signedInAs } from '@/test/act-as';
import { POST } from './route';

// The streaming upload route: who may call it, what it stores, and what it refuses.

let uploadDir: string;
beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ccn-upload-route-'));
  process.env.UPLOAD_DIR = uploadDir;
});
afterAll(async () => {
  await rm(uploadDir, { recursive: true, force: true });
});

async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(uploadDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

function uploadRequest(body: Buffer, name: string, accept = 'image,video,pdf', headers: Record<string, string> = {}): NextRequest {
  // Sent in chunks, as a browser streams it.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let offset = 0; offset < body.length; offset += 16 * 1024) controller.enqueue(new Uint8Array(body.subarray(offset, offset + 16 * 1024)));
      controller.close();
    },
  });
  return new NextRequest(`http://127.0.0.1:3000/api/media/upload?accept=${accept}`, {
    method: 'POST',
    body: stream,
    duplex: 'half',
    headers: {
      host: '127.0.0.1:3000',
      origin: 'http://127.0.0.1:3000',
      'x-file-name': encodeURIComponent(name),
      'content-length': String(body.length),
      ...headers,
    },
  } as ConstructorParameters<typeof NextRequest>[1]);
}

describe('POST /api/media/upload', () => {
  it('stores an MP4 streamed by an author as video/mp4 with a generated key', async () => {
    const author = await signedInAs('AUTHOR');
    const mp4 = minimalMp4(200 * 1024);
    const response = await POST(uploadRequest(mp4, '../../Lễ khởi công\u202E.mp4'));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { media: { id: string; url: string; mimeType: string; originalName: string } };
    expect(body.media).toMatchObject({ mimeType: 'video/mp4', originalName: 'Lễ khởi công.mp4' });
    expect(body.media.url).toMatch(/^\/media\/videos\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.mp4$/);
    const row = await prisma.media.findUniqueOrThrow({ where: { id: body.media.id } });
    expect(row).toMatchObject({ uploaderId: author.id, byteSize: BigInt(mp4.length) });
  });

  it('refuses a lying MP4 and a wrong kind with a Vietnamese JSON error, storing nothing', async () => {
    await signedInAs('EDITOR');
    const before = await filesOnDisk();
    const count = await prisma.media.count();
    const lying = await POST(uploadRequest(lyingMp4(), 'video.mp4'));
    expect(lying.status).toBe(422);
    expect(await lying.json()).toEqual({ ok: false, error: expect.stringMatching(/không phải video MP4 hợp lệ/) });
    const wrongKind = await POST(uploadRequest(minimalMp4(), 'video.mp4', 'image'));
    expect(wrongKind.status).toBe(415);
    const tooBig = await POST(uploadRequest(await noisePng(10, 10), 'a.png', 'image', { 'content-length': String(11 * 1024 * 1024) }));
    expect(tooBig.status).toBe(413);
    expect(await filesOnDisk()).toEqual(before);
    expect(await prisma.media.count()).toBe(count);
  });

  it('refuses anonymous callers and other origins', async () => {
    const count = await prisma.media.count();
    await actAs(null);
    await expectUnauthorized(POST(uploadRequest(await noisePng(10, 10), 'a.png')));
    await signedInAs('EDITOR');
    const crossSite = await POST(uploadRequest(await noisePng(10, 10), 'a.png', 'image', { origin: 'https://evil.example' }));
    expect(crossSite.status).toBe(403);
    expect(await prisma.media.count()).toBe(count);
  });

  it('a disabled account is refused even with a live session', async () => {
    const user = await signedInAs('EDITOR');
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    await expectUnauthorized(POST(uploadRequest(await noisePng(10, 10), 'a.png')));
  });
});
