import { createInflateRaw } from 'node:zlib';
import type { MediaStorage } from '@/lib/storage';
import { rejections } from './errors.ts';
import { MB } from './limits.ts';

// Word documents are accepted by their structure, never by name: a DOCX is a ZIP whose central
// directory lists `[Content_Types].xml` and parts under `word/` (an XLSX, a JAR or any other ZIP
// fails); a DOC is an OLE2 compound file holding a `WordDocument` stream.
//
// A DOCX must also inflate to at most MAX_OFFICE_INFLATED_BYTES: every entry is streamed through
// the inflater, its output counted and the work stopped at the limit (the sizes the archive
// declares are checked first, but a zip bomb can lie about them). A 1 MB file that inflates to
// 1 GB costs the server at most the limit's worth of inflating, then is refused.

/** What a DOCX may hold once inflated (Word documents with pictures stay far below it). */
export const MAX_OFFICE_INFLATED_BYTES = 100 * MB;

async function readRange(storage: MediaStorage, key: string, start: number, end: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of storage.read(key, { start, end })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Entry names from a ZIP's central directory, or null when the archive is malformed. */
export function zipEntryNames(tail: Buffer, tailOffset: number, readCentral: (offset: number, size: number) => Buffer | null): string[] | null {
  return zipEntries(tail, tailOffset, readCentral)?.map((entry) => entry.name) ?? null;
}

/** The entries of a ZIP's central directory, or null when the archive is malformed. */
export function zipEntries(tail: Buffer, tailOffset: number, readCentral: (offset: number, size: number) => Buffer | null): ZipEntry[] | null {
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
  const entries: ZipEntry[] = [];
  let position = 0;
  for (let entry = 0; entry < count; entry += 1) {
    if (position + 46 > central.length || central.readUInt32LE(position) !== CENTRAL_SIGNATURE) return null;
    const nameLength = central.readUInt16LE(position + 28);
    const extraLength = central.readUInt16LE(position + 30);
    const commentLength = central.readUInt16LE(position + 32);
    entries.push({
      name: central.subarray(position + 46, position + 46 + nameLength).toString('utf8'),
      method: central.readUInt16LE(position + 10),
      compressedSize: central.readUInt32LE(position + 20),
      uncompressedSize: central.readUInt32LE(position + 24),
      localHeaderOffset: central.readUInt32LE(position + 42),
    });
    position += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates every entry (streamed, nothing kept) and counts what comes out: false as soon as the
 * total passes `limit`, an entry yields more than it declared, or an entry can't be read.
 */
export async function inflatesWithin(storage: MediaStorage, key: string, fileSize: number, entries: readonly ZipEntry[], limit: number): Promise<boolean> {
  // Cheap first: what the archive itself declares (ZIP64 markers mean "more than 4 GB").
  let declared = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) return false;
    declared += entry.uncompressedSize;
  }
  if (declared > limit) return false;
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== STORED && entry.method !== DEFLATED) return false;
    if (entry.localHeaderOffset + 30 > fileSize) return false;
    const header = await readRange(storage, key, entry.localHeaderOffset, entry.localHeaderOffset + 29);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) return false;
    const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (dataStart + entry.compressedSize > fileSize) return false;
    if (entry.compressedSize === 0) continue;
    const allowed = Math.min(entry.uncompressedSize, limit - total);
    const produced = await inflatedSize(storage.read(key, { start: dataStart, end: dataStart + entry.compressedSize - 1 }), entry.method === DEFLATED, allowed);
    if (produced === null) return false;
    total += produced;
  }
  return true;
}

/** Bytes an entry inflates to, or null past `allowed` bytes or on corrupt data. */
async function inflatedSize(compressed: AsyncIterable<Uint8Array | string>, deflated: boolean, allowed: number): Promise<number | null> {
  if (!deflated) {
    let size = 0;
    for await (const chunk of compressed) size += chunk.length;
    return size <= allowed ? size : null;
  }
  const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
  let produced = 0;
  let overflow = false;
  const done = new Promise<boolean>((resolve) => {
    inflater.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > allowed && !overflow) {
        overflow = true;
        inflater.destroy();
        resolve(false);
      }
    });
    inflater.once('end', () => resolve(true));
    inflater.once('error', () => resolve(false));
    inflater.once('close', () => resolve(!overflow && inflater.writableFinished));
  });
  try {
    for await (const chunk of compressed) {
      if (overflow || inflater.destroyed) break;
      // Respect back-pressure: a bomb's output is produced (and counted) as we feed it.
      if (!inflater.write(chunk)) await new Promise<void>((resolve) => inflater.once('drain', resolve).once('close', resolve));
    }
    if (!inflater.destroyed) inflater.end();
  } catch {
    inflater.destroy();
    return null;
  }
  return (await done) && !overflow ? produced : null;
}

export function isDocxEntryList(names: readonly string[]): boolean {
  return names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('word/'));
}

export async function isWellFormedDocx(storage: MediaStorage, key: string, fileSize: number): Promise<boolean> {
  if (fileSize < 22) return false;
  const tailStart = Math.max(0, fileSize - (22 + 65_535));
  const tail = await readRange(storage, key, tailStart, fileSize - 1);
  let central: Buffer | null = null;
  const checked = async (entries: ZipEntry[]) => {
    if (!isDocxEntryList(entries.map((entry) => entry.name))) return false;
    if (!(await inflatesWithin(storage, key, fileSize, entries, MAX_OFFICE_INFLATED_BYTES))) throw rejections.officeInflatesTooMuch(MAX_OFFICE_INFLATED_BYTES);
    return true;
  };
  const entries = zipEntries(tail, tailStart, () => central);
  if (entries) return checked(entries);
  // The central directory lies before the tail we read (a large file): read it and try again.
  for (let index = tail.length - 22; index >= 0; index -= 1) {
    if (tail.readUInt32LE(index) !== EOCD_SIGNATURE) continue;
    const size = tail.readUInt32LE(index + 12);
    const offset = tail.readUInt32LE(index + 16);
    if (offset + size > fileSize) return false;
    central = await readRange(storage, key, offset, offset + size - 1);
    const again = zipEntries(tail, tailStart, () => central);
    return again ? checked(again) : false;
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
