import type { MediaStorage } from '@/lib/storage';

// Walks the top-level boxes of a stored MP4: every box must have a known type and the sizes
// must add up to the file exactly, with a `moov` box present. A file that starts with a valid
// `ftyp` but then carries something else (HTML, a script, a truncated upload) fails this.

const TOP_LEVEL_BOXES = new Set([
  'ftyp',
  'moov',
  'mdat',
  'free',
  'skip',
  'wide',
  'uuid',
  'pdin',
  'moof',
  'mfra',
  'styp',
  'sidx',
  'ssix',
  'prft',
  'meta',
  'emsg',
  'udta',
]);

const MAX_BOXES = 10_000;

async function readBytes(storage: MediaStorage, key: string, start: number, length: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of storage.read(key, { start, end: start + length - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function isWellFormedMp4(storage: MediaStorage, key: string, fileSize: number): Promise<boolean> {
  let offset = 0;
  let sawFtyp = false;
  let sawMoov = false;
  for (let count = 0; offset < fileSize; count += 1) {
    if (count >= MAX_BOXES || fileSize - offset < 8) return false;
    const header = await readBytes(storage, key, offset, Math.min(16, fileSize - offset));
    let size = header.readUInt32BE(0);
    const type = header.subarray(4, 8).toString('latin1');
    if (!TOP_LEVEL_BOXES.has(type)) return false;
    if (count === 0 && type !== 'ftyp') return false;
    if (type === 'ftyp') sawFtyp = true;
    if (type === 'moov') sawMoov = true;
    if (size === 1) {
      if (header.length < 16) return false;
      const large = header.readBigUInt64BE(8);
      if (large > BigInt(Number.MAX_SAFE_INTEGER)) return false;
      size = Number(large);
      if (size < 16) return false;
    } else if (size === 0) {
      size = fileSize - offset; // "extends to the end of the file"
    } else if (size < 8) {
      return false;
    }
    if (offset + size > fileSize) return false;
    offset += size;
  }
  return sawFtyp && sawMoov && offset === fileSize;
}
