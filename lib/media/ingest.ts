import 'server-only';
import { Readable } from 'node:stream';
import { mediaStorage, type MediaStorage } from '@/lib/storage';
import { MediaRejectedError, rejections } from './errors.ts';
import { sanitizeOriginalName } from './file-name.ts';
import { processImage, type ImageType } from './image.ts';
import { fileKey, imageKey, newKeyBase } from './keys.ts';
import { UPLOAD_LIMITS, type UploadKind } from './limits.ts';
import { isWellFormedMp4 } from './mp4.ts';
import { isWellFormedDocx, isWordBinary } from './office.ts';
import { hasPdfTrailer } from './pdf.ts';
import { looksLikeSvg, MIME_TYPES, SNIFF_BYTES, sniffType, type SniffedType } from './sniff.ts';
import type { MediaVariant, StoredUpload } from './types.ts';

// The one entry point for every upload (server action or streaming route): sniff → size limit →
// decode/re-encode or stream to storage → verify → describe what was stored. Nothing is written
// under a name the user chose, and a refused upload leaves nothing behind.

export interface IngestInput {
  body: AsyncIterable<Uint8Array> | Buffer;
  originalName: string | null | undefined;
  /** Content-Length announced by the client, if any: checked early and against what arrived. */
  declaredSize?: number | null;
  accept: readonly UploadKind[];
  storage?: MediaStorage;
}

const KIND_OF: Record<SniffedType, UploadKind> = {
  jpeg: 'image',
  png: 'image',
  webp: 'image',
  gif: 'image',
  mp4: 'video',
  pdf: 'pdf',
  docx: 'office',
  doc: 'office',
};

type StreamedType = 'mp4' | 'pdf' | 'docx' | 'doc';

const VERIFY: Record<StreamedType, { check: (storage: MediaStorage, key: string, size: number) => Promise<boolean>; reject: () => MediaRejectedError }> = {
  mp4: { check: isWellFormedMp4, reject: rejections.badMp4 },
  pdf: { check: hasPdfTrailer, reject: rejections.badPdf },
  docx: { check: isWellFormedDocx, reject: rejections.badOffice },
  doc: { check: isWordBinary, reject: rejections.badOffice },
};

async function* fromBuffer(buffer: Buffer): AsyncGenerator<Uint8Array> {
  yield buffer;
}

/** Reads the first bytes without losing them: returns them plus an iterator over the rest. */
async function peek(body: AsyncIterable<Uint8Array>, bytes: number) {
  const iterator = body[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  return { head, iterator, done };
}

/** The whole stream again (head first), failing as soon as it passes `limit` bytes. */
async function* limited(head: Buffer, iterator: AsyncIterator<Uint8Array>, done: boolean, limit: number, kind: UploadKind, counter: { bytes: number }) {
  counter.bytes = head.length;
  if (counter.bytes > limit) throw rejections.tooLarge(kind);
  if (head.length) yield head;
  if (done) return;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    counter.bytes += next.value.byteLength;
    if (counter.bytes > limit) {
      await iterator.return?.();
      throw rejections.tooLarge(kind);
    }
    yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
  }
}

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function storeImage(storage: MediaStorage, data: Buffer, type: ImageType, originalName: string): Promise<StoredUpload> {
  const processed = await processImage(data, type);
  const base = newKeyBase('images');
  const storageKey = imageKey(base, processed.main.width, processed.main.extension);
  const written: string[] = [];
  try {
    await storage.put(storageKey, processed.main.data);
    written.push(storageKey);
    const variants: MediaVariant[] = [];
    for (const variant of processed.variants) {
      const key = imageKey(base, variant.width, variant.format);
      // A WebP original already is the full-width WebP variant: reuse it, don't overwrite.
      if (key !== storageKey) {
        await storage.put(key, variant.data);
        written.push(key);
      }
      variants.push({ width: variant.width, format: variant.format, key, bytes: variant.data.length });
    }
    return {
      storageKey,
      originalName,
      mimeType: processed.main.mimeType,
      byteSize: processed.main.data.length,
      width: processed.main.width,
      height: processed.main.height,
      variants,
    };
  } catch (error) {
    await Promise.all(written.map((key) => storage.delete(key)));
    throw error;
  }
}

async function storeStream(
  storage: MediaStorage,
  source: AsyncIterable<Buffer>,
  counter: { bytes: number },
  type: StreamedType,
  originalName: string,
  declaredSize: number | null | undefined,
): Promise<StoredUpload> {
  const storageKey = fileKey(newKeyBase(type === 'mp4' ? 'videos' : 'documents'), type);
  // Streamed to disk chunk by chunk: a 500 MB video never sits in memory.
  const info = await storage.put(storageKey, Readable.from(source, { objectMode: false }));
  try {
    if (declaredSize != null && declaredSize !== counter.bytes) throw rejections.incomplete();
    if (!(await VERIFY[type].check(storage, storageKey, info.size))) throw VERIFY[type].reject();
  } catch (error) {
    await storage.delete(storageKey);
    throw error;
  }
  return { storageKey, originalName, mimeType: MIME_TYPES[type], byteSize: info.size, width: null, height: null, variants: [] };
}

export async function ingestUpload(input: IngestInput): Promise<StoredUpload> {
  const storage = input.storage ?? mediaStorage();
  const originalName = sanitizeOriginalName(input.originalName);
  const body = Buffer.isBuffer(input.body) ? fromBuffer(input.body) : input.body;
  const { head, iterator, done } = await peek(body, SNIFF_BYTES);
  try {
    if (head.length === 0) throw rejections.empty();
    const type = sniffType(head);
    if (!type) throw looksLikeSvg(head) ? rejections.svg() : rejections.unsupported(input.accept);
    const kind = KIND_OF[type];
    if (!input.accept.includes(kind)) throw rejections.notAcceptedHere(input.accept);
    const limit = UPLOAD_LIMITS[kind];
    if (input.declaredSize != null && input.declaredSize > limit) throw rejections.tooLarge(kind);
    const counter = { bytes: 0 };
    const source = limited(head, iterator, done, limit, kind, counter);
    if (type === 'mp4' || type === 'pdf' || type === 'docx' || type === 'doc')
      return await storeStream(storage, source, counter, type, originalName, input.declaredSize);
    const data = await collect(source);
    if (input.declaredSize != null && input.declaredSize !== data.length) throw rejections.incomplete();
    return await storeImage(storage, data, type, originalName);
  } catch (error) {
    // Stop reading what the client still sends; the refusal is already decided.
    await iterator.return?.().catch(() => undefined);
    throw error;
  }
}

/** Every storage key a Media row owns (the file and its variants). */
export function storageKeysOf(media: { storageKey: string; variants: unknown }): string[] {
  const variants = Array.isArray(media.variants) ? (media.variants as Partial<MediaVariant>[]) : [];
  return [...new Set([media.storageKey, ...variants.map((variant) => variant.key).filter((key): key is string => typeof key === 'string')])];
}

export async function deleteStoredFiles(keys: readonly string[], storage: MediaStorage = mediaStorage()): Promise<void> {
  await Promise.all(keys.map((key) => storage.delete(key)));
}

export { MediaRejectedError };
