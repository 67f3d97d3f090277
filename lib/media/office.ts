import type { MediaStorage } from '@/lib/storage';

// Word documents are accepted by their structure, never by name: a DOCX is a ZIP whose central
// directory lists `[Content_Types].xml` and parts under `word/` (an XLSX, a JAR or any other ZIP
// fails); a DOC is an OLE2 compound file holding a `WordDocument` stream.

async function readRange(storage: MediaStorage, key: string, start: number, end: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of storage.read(key, { start, end })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/** Entry names from a ZIP's central directory, or null when the archive is malformed. */
export function zipEntryNames(tail: Buffer, tailOffset: number, readCentral: (offset: number, size: number) => Buffer | null): string[] | null {
  // The end-of-central-directory record is in the last 22 + 65535 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let index = tail.length - 22; index >= 0; index -= 1) {
    if (tail.readUInt32LE(index) === EOCD_SIGNATURE) {
      eocd = index;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = tail.readUInt16LE(eocd + 10);
  const size = tail.readUInt32LE(eocd + 12);
  const offset = tail.readUInt32LE(eocd + 16);
  const central = offset >= tailOffset ? tail.subarray(offset - tailOffset, offset - tailOffset + size) : readCentral(offset, size);
  if (!central || central.length < size) return null;
  const names: string[] = [];
  let position = 0;
  for (let entry = 0; entry < count; entry += 1) {
    if (position + 46 > central.length || central.readUInt32LE(position) !== CENTRAL_SIGNATURE) return null;
    const nameLength = central.readUInt16LE(position + 28);
    const extraLength = central.readUInt16LE(position + 30);
    const commentLength = central.readUInt16LE(position + 32);
    names.push(central.subarray(position + 46, position + 46 + nameLength).toString('utf8'));
    position += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export function isDocxEntryList(names: readonly string[]): boolean {
  return names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('word/'));
}

export async function isWellFormedDocx(storage: MediaStorage, key: string, fileSize: number): Promise<boolean> {
  if (fileSize < 22) return false;
  const tailStart = Math.max(0, fileSize - (22 + 65_535));
  const tail = await readRange(storage, key, tailStart, fileSize - 1);
  let central: Buffer | null = null;
  const names = zipEntryNames(tail, tailStart, () => central);
  if (names) return isDocxEntryList(names);
  // The central directory lies before the tail we read (a large file): read it and try again.
  for (let index = tail.length - 22; index >= 0; index -= 1) {
    if (tail.readUInt32LE(index) !== EOCD_SIGNATURE) continue;
    const size = tail.readUInt32LE(index + 12);
    const offset = tail.readUInt32LE(index + 16);
    if (offset + size > fileSize) return false;
    central = await readRange(storage, key, offset, offset + size - 1);
    const again = zipEntryNames(tail, tailStart, () => central);
    return again ? isDocxEntryList(again) : false;
  }
  return false;
}

const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/** An OLE2 file (magic checked by sniffing) whose directory names a WordDocument stream. */
export async function isWordBinary(storage: MediaStorage, key: string, fileSize: number): Promise<boolean> {
  if (fileSize < 512) return false;
  let previous = Buffer.alloc(0);
  for await (const chunk of storage.read(key, { start: 0, end: fileSize - 1 })) {
    const window = Buffer.concat([previous, chunk as Buffer]);
    if (window.includes(WORD_STREAM)) return true;
    previous = window.subarray(Math.max(0, window.length - WORD_STREAM.length));
  }
  return false;
}
