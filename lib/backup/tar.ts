import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

// A minimal POSIX ustar writer and streaming reader: enough for our archives (regular files,
// names up to 255 bytes), so that backups need neither pg_dump nor a tar dependency.

const BLOCK = 512;

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0';
}

function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', base: name };
  const cut = name.lastIndexOf('/', 155);
  const prefix = name.slice(0, cut);
  const base = name.slice(cut + 1);
  if (cut <= 0 || Buffer.byteLength(prefix) > 155 || Buffer.byteLength(base) > 100) throw new Error(`Name too long for the archive: ${name}`);
  return { prefix, base };
}

function header(name: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK, 0);
  const { prefix, base } = splitName(name);
  block.write(base, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'ascii');
  return block;
}

async function write(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

export class TarWriter {
  constructor(private readonly out: Writable) {}

  async addBuffer(name: string, data: Buffer, mtime = new Date()): Promise<void> {
    await write(this.out, header(name, data.length, mtime));
    await write(this.out, data);
    await this.pad(data.length);
  }

  /** Streams a file from disk (large videos are never held in memory). */
  async addFile(name: string, file: string, size: number, mtime: Date): Promise<void> {
    await write(this.out, header(name, size, mtime));
    let written = 0;
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      written += chunk.length;
      if (written > size) throw new Error(`${file} grew while being archived`);
      await write(this.out, chunk);
    }
    if (written !== size) throw new Error(`${file} changed size while being archived`);
    await this.pad(size);
  }

  async finish(): Promise<void> {
    await write(this.out, Buffer.alloc(BLOCK * 2, 0));
    await new Promise<void>((resolve, reject) => this.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }

  private async pad(size: number): Promise<void> {
    const rest = size % BLOCK;
    if (rest) await write(this.out, Buffer.alloc(BLOCK - rest, 0));
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** The entry's bytes; must be consumed (or drained) before the next entry is read. */
  chunks: AsyncIterable<Buffer>;
}

/** Reads entries one by one from a (decompressed) tar stream. */
export async function* readTar(input: Readable): AsyncGenerator<TarEntry> {
  const iterator = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let buffered: Buffer = Buffer.alloc(0);
  let done = false;
  async function fill(min: number): Promise<boolean> {
    while (buffered.length < min && !done) {
      const next = await iterator.next();
      if (next.done) done = true;
      else buffered = buffered.length ? Buffer.concat([buffered, next.value]) : next.value;
    }
    return buffered.length >= min;
  }
  function take(length: number): Buffer {
    const chunk = buffered.subarray(0, length);
    buffered = buffered.subarray(length);
    return chunk;
  }
  for (;;) {
    if (!(await fill(BLOCK))) throw new Error('The archive is truncated.');
    const block = take(BLOCK);
    if (block.every((byte) => byte === 0)) return;
    const field = (start: number, length: number) =>
      block
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    let sum = 0;
    for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 32 : (block[i] as number);
    if (sum !== Number.parseInt(field(148, 8).trim(), 8)) throw new Error('The archive is damaged (bad header checksum).');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    let remaining = size;
    let consumed = false;
    const chunks = {
      async *[Symbol.asyncIterator]() {
        while (remaining > 0) {
          if (!(await fill(1))) throw new Error('The archive is truncated.');
          const chunk = take(Math.min(remaining, buffered.length));
          remaining -= chunk.length;
          yield chunk;
        }
        consumed = true;
      },
    };
    yield { name, size, chunks };
    if (!consumed) for await (const _chunk of chunks) void _chunk;
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding) {
      if (!(await fill(padding))) throw new Error('The archive is truncated.');
      take(padding);
    }
  }
}
