import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from '@/lib/storage/local-disk';
import { contentDisposition } from './disposition.ts';
import { MediaRejectedError } from './errors.ts';
import { ingestUpload } from './ingest.ts';
import { MB } from './limits.ts';
import { MAX_OFFICE_INFLATED_BYTES } from './office.ts';
import { minimalDoc, minimalDocx, simplePdf, zipArchive } from './office-files.ts';
import { sniffType } from './sniff.ts';

let root: string;
let storage: LocalDiskStorage;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ccn-office-'));
  storage = new LocalDiskStorage(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<MediaRejectedError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MediaRejectedError);
  return error as MediaRejectedError;
}

describe('Word documents', () => {
  it('are sniffed by content', () => {
    expect(sniffType(minimalDocx())).toBe('docx');
    expect(sniffType(minimalDoc())).toBe('doc');
    expect(sniffType(simplePdf(['x']))).toBe('pdf');
  });

  it('stores a DOCX and a DOC under generated keys with Word MIME types', async () => {
    const docx = await ingestUpload({ body: minimalDocx(), originalName: 'quyết định.docx', accept: ['pdf', 'office'], storage });
    expect(docx.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.storageKey).toMatch(/^documents\/\d{4}\/\d{2}\/[0-9a-f-]+\.docx$/);
    const doc = await ingestUpload({ body: minimalDoc(), originalName: 'cong-van.doc', accept: ['office'], storage });
    expect(doc.mimeType).toBe('application/msword');
  });

  it('refuses a ZIP that is not a Word document, an OLE2 file without a Word stream, and Word where only PDF is taken', async () => {
    const xlsxLike = zipArchive({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect((await refusal(ingestUpload({ body: xlsxLike, originalName: 'a.docx', accept: ['office'], storage }))).message).toMatch(/Word/);
    const ole = minimalDoc();
    ole.fill(0, 640, 700);
    expect((await refusal(ingestUpload({ body: ole, originalName: 'a.doc', accept: ['office'], storage }))).status).toBe(422);
    expect((await refusal(ingestUpload({ body: minimalDocx(), originalName: 'a.docx', accept: ['pdf'], storage }))).status).toBe(415);
  });

  it('refuses a Word file over 20 MB', async () => {
    const big = Buffer.concat([minimalDocx(), Buffer.alloc(21 * MB)]);
    const error = await refusal(ingestUpload({ body: big, originalName: 'big.docx', accept: ['office'], storage }));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/văn bản Word tối đa 20 MB/);
  });
});

/** A ZIP whose parts are deflated; `declare` overrides the uncompressed size it states. */
function deflatedZip(parts: { name: string; deflated: Buffer; size: number; crc: number; declare?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const declared = part.declare ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** 1 GiB of zeros, deflated as a stream (about 1 MB). */
async function deflatedGigabyte(): Promise<Buffer> {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const zeros = Buffer.alloc(16 * MB);
  for (let i = 0; i < 64; i += 1) if (!deflater.write(zeros)) await new Promise((resolve) => deflater.once('drain', resolve));
  await new Promise((resolve) => deflater.end(resolve));
  return Buffer.concat(out);
}

// Issue 13 item 14: a 1 MB DOCX that inflates to 1 GB was accepted and served.
describe('ZIP bombs', () => {
  const contentTypes = Buffer.from('<?xml version="1.0"?><Types/>');
  const typesPart = { name: '[Content_Types].xml', deflated: deflateRawSync(contentTypes), size: contentTypes.length, crc: crc32(contentTypes) };

  it('accepts a deflated DOCX of ordinary size', async () => {
    const xml = Buffer.from(`<w:document>${'<w:p>Văn bản</w:p>'.repeat(10_000)}</w:document>`);
    const docx = deflatedZip([typesPart, { name: 'word/document.xml', deflated: deflateRawSync(xml), size: xml.length, crc: crc32(xml) }]);
    expect((await ingestUpload({ body: docx, originalName: 'thuong.docx', accept: ['office'], storage })).mimeType).toMatch(/wordprocessingml/);
  });

  it('refuses a 1 MB DOCX that inflates to 1 GB, whether it declares that size or lies, and stops inflating at the limit', async () => {
    const bomb = await deflatedGigabyte();
    expect(bomb.length).toBeLessThan(2 * MB);
    const before = (await readdir(root, { recursive: true })).length;
    for (const declare of [2 ** 30 - 1, 4_096]) {
      const docx = deflatedZip([typesPart, { name: 'word/document.xml', deflated: bomb, size: 2 ** 30, crc: 0, declare }]);
      const started = performance.now();
      const error = await refusal(ingestUpload({ body: docx, originalName: 'bom.docx', accept: ['office'], storage }));
      expect(error.status).toBe(422);
      expect(error.message).toContain('giải nén');
      // Inflating all of it takes seconds; the limit (100 MB) is reached in a fraction of that.
      expect(performance.now() - started).toBeLessThan(5_000);
    }
    // Nothing of the refused files is left in storage.
    expect((await readdir(root, { recursive: true })).length).toBe(before);
    expect(MAX_OFFICE_INFLATED_BYTES).toBe(100 * MB);
  });
});

describe('contentDisposition', () => {
  it('keeps Vietnamese names in the UTF-8 form and gives an ASCII fallback without quotes', () => {
    expect(contentDisposition('attachment', 'Nghị định "42".pdf')).toBe(
      `attachment; filename="Nghi dinh 42.pdf"; filename*=UTF-8''Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh%2042.pdf`,
    );
    expect(contentDisposition('inline', '')).toBe(`inline; filename="tep-tin"; filename*=UTF-8''tep-tin`);
  });
});
