import type { MediaStorage } from '@/lib/storage';

// A PDF ends with `%%EOF` (possibly followed by a line break or a little padding): a truncated
// upload or another file with a `%PDF-` prefix glued on fails this.
export async function hasPdfTrailer(storage: MediaStorage, key: string, fileSize: number): Promise<boolean> {
  const start = Math.max(0, fileSize - 1024);
  const chunks: Buffer[] = [];
  for await (const chunk of storage.read(key, { start, end: fileSize - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('latin1').includes('%%EOF');
}
