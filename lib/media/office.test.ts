import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from '@/lib/storage/local-disk';
import { contentDisposition } from './disposition.ts';
import { MediaRejectedError } from './errors.ts';
import { ingestUpload } from './ingest.ts';
import { MB } from './limits.ts';
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

describe('contentDisposition', () => {
  it('keeps Vietnamese names in the UTF-8 form and gives an ASCII fallback without quotes', () => {
    expect(contentDisposition('attachment', 'Nghị định "42".pdf')).toBe(
      `attachment; filename="Nghi dinh 42.pdf"; filename*=UTF-8''Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh%2042.pdf`,
    );
    expect(contentDisposition('inline', '')).toBe(`inline; filename="tep-tin"; filename*=UTF-8''tep-tin`);
  });
});
