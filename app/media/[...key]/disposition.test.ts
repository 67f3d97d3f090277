import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { minimalDocx, simplePdf } from '@/lib/media/office-files';
import { mediaStorage } from '@/lib/storage';
import { GET } from './route';

vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {} }));

const DOCX_KEY = 'documents/2026/11/1b0f1c2e-quyet-dinh.docx';
const PDF_KEY = 'documents/2026/11/1b0f1c2e-nghi-dinh.pdf';
let uploadDir = '';

function get(url: string) {
  const key = new URL(url).pathname.replace(/^\/media\//, '');
  return GET(new Request(url), { params: Promise.resolve({ key: key.split('/') }) });
}

describe('attachments served by /media', () => {
  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ccn-disposition-'));
    process.env.UPLOAD_DIR = uploadDir;
    await mediaStorage().put(DOCX_KEY, minimalDocx());
    await mediaStorage().put(PDF_KEY, simplePdf(['x']));
    await prisma.media.create({
      data: {
        storageKey: DOCX_KEY,
        originalName: 'Quyết định 15.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        byteSize: 1n,
      },
    });
    await prisma.media.create({ data: { storageKey: PDF_KEY, originalName: 'Nghị định.pdf', mimeType: 'application/pdf', byteSize: 1n } });
  });
  afterAll(async () => {
    await rm(uploadDir, { recursive: true, force: true });
  });

  it('always downloads Word files, with the original name', async () => {
    const response = await get(`http://localhost/media/${DOCX_KEY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Quyet dinh 15.docx"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2015.docx`,
    );
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('shows PDFs inline (no sandbox, so the browser viewer works) and downloads them with ?tai-ve=1', async () => {
    const inline = await get(`http://localhost/media/${PDF_KEY}`);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(inline.headers.get('content-security-policy')).not.toContain('sandbox');
    expect(inline.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(inline.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(inline.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const download = await get(`http://localhost/media/${PDF_KEY}?tai-ve=1`);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; /);
  });
});
