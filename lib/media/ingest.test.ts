import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from '@/lib/storage/local-disk';
import { STORAGE_KEY_PATTERN } from '@/lib/storage/storage';
import { MediaRejectedError } from './errors.ts';
import { ingestUpload, type IngestInput } from './ingest.ts';
import { MB } from './limits.ts';
import {
  HTML_PAYLOAD,
  MINIMAL_PDF,
  PHP_AS_JPG,
  SVG_WITH_SCRIPT,
  animatedGif,
  jpegPhoto,
  lyingMp4,
  minimalMp4,
  mp4Stream,
  noiseJpeg,
  noisePng,
  pngBombHeader,
  webpImage,
} from '@/test/fixtures/media-files';
import { buildSrcSet, pictureSources } from './urls.ts';

// The upload pipeline against real files: each hostile one is refused with a clear message or
// safely re-encoded, and nothing lands outside the upload folder.

let sandbox: string;
let uploadDir: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'ccn-media-'));
  uploadDir = path.join(sandbox, 'uploads');
  storage = new LocalDiskStorage(uploadDir);
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

const ingest = (body: IngestInput['body'], originalName: string, extra: Partial<IngestInput> = {}) =>
  ingestUpload({ body, originalName, accept: ['image', 'video', 'pdf'], storage, ...extra });

async function expectRefused(upload: () => Promise<unknown>, message: RegExp, status?: number) {
  const before = await listFiles(sandbox);
  const error = await upload().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MediaRejectedError);
  expect((error as MediaRejectedError).message).toMatch(message);
  if (status) expect((error as MediaRejectedError).status).toBe(status);
  // A refusal leaves nothing behind (no file, no half-written .part).
  expect(await listFiles(sandbox)).toEqual(before);
}

describe('accepted images are re-encoded with responsive variants', () => {
  it('JPEG: metadata stripped, WebP and AVIF variants at standard widths, never upscaled', async () => {
    const original = await jpegPhoto(1400, 900);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const stored = await ingest(original, 'Ảnh hội nghị.JPG');
    expect(stored).toMatchObject({ mimeType: 'image/jpeg', width: 1400, height: 900, originalName: 'Ảnh hội nghị.JPG' });
    expect(stored.storageKey).toMatch(/^images\/\d{4}\/\d{2}\/[0-9a-f-]{36}-1400\.jpg$/);
    const widths = (format: string) => stored.variants.filter((v) => v.format === format).map((v) => v.width);
    expect(widths('webp')).toEqual([320, 640, 960, 1280, 1400]);
    expect(widths('avif')).toEqual([320, 640, 960, 1280, 1400]);

    const main = await readFile(path.join(uploadDir, stored.storageKey));
    expect(main.length).toBe(stored.byteSize);
    const mainMeta = await sharp(main).metadata();
    expect(mainMeta.exif).toBeUndefined();
    expect(main.includes(Buffer.from('secret'))).toBe(false);
    for (const variant of stored.variants) {
      const file = await readFile(path.join(uploadDir, variant.key));
      expect(file.length).toBe(variant.bytes);
      const meta = await sharp(file).metadata();
      expect(meta.width).toBe(variant.width);
      expect(meta.format).toBe(variant.format === 'webp' ? 'webp' : 'heif');
    }
    expect(buildSrcSet(stored, 'webp')).toContain(`/media/${stored.variants[0]!.key} 320w`);
    expect(pictureSources(stored).map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
  });

  it('a small PNG keeps its size (no upscaling) and gets one width per format', async () => {
    const stored = await ingest(await noisePng(200, 150), 'nho.png');
    expect(stored).toMatchObject({ mimeType: 'image/png', width: 200, height: 150 });
    expect(stored.variants.map((v) => `${v.format}-${v.width}`)).toEqual(['webp-200', 'avif-200']);
  });

  it('a WebP original doubles as its own full-width WebP variant', async () => {
    const stored = await ingest(await webpImage(500, 300), 'anh.webp');
    expect(stored.mimeType).toBe('image/webp');
    const fullWebp = stored.variants.find((v) => v.format === 'webp' && v.width === 500);
    expect(fullWebp?.key).toBe(stored.storageKey);
  });

  it('an animated GIF stays an animated GIF, with animated WebP variants only', async () => {
    const stored = await ingest(await animatedGif(), 'dong.gif');
    expect(stored).toMatchObject({ mimeType: 'image/gif', width: 120, height: 80 });
    const main = await sharp(await readFile(path.join(uploadDir, stored.storageKey)), { animated: true }).metadata();
    expect(main.pages).toBe(3);
    expect(stored.variants.map((v) => v.format)).toEqual(['webp']);
    const variant = await sharp(await readFile(path.join(uploadDir, stored.variants[0]!.key)), { animated: true }).metadata();
    expect(variant.pages).toBe(3);
  });

  it('large photos are stored at most 2560 px wide', async () => {
    const stored = await ingest(await noiseJpeg(3000, 1000), 'rong.jpg');
    expect(stored.width).toBe(2560);
    expect(Math.max(...stored.variants.map((v) => v.width))).toBe(2560);
    // Noise is the encoders' worst case: a dozen WebP/AVIF variants take a while on a busy 2-core box.
  }, 120_000);

  it('a polyglot JPEG/HTML is re-encoded: the HTML does not survive in any stored file', async () => {
    const { polyglotJpegHtml } = await import('@/test/fixtures/media-files');
    const polyglot = await polyglotJpegHtml();
    expect(polyglot.includes(Buffer.from('<script>'))).toBe(true);
    const stored = await ingest(polyglot, 'polyglot.jpg');
    for (const key of [stored.storageKey, ...stored.variants.map((v) => v.key)]) {
      const file = await readFile(path.join(uploadDir, key));
      expect(file.includes(Buffer.from('<script'))).toBe(false);
      expect(file.includes(Buffer.from('<html'))).toBe(false);
    }
  });

  it('a name with ../ and control characters is only a sanitized label, never a path', async () => {
    const name = '../../../etc/cron.d/x\u202Egpj.png\u0000\u0007';
    const stored = await ingest(await noisePng(64, 64), name);
    expect(stored.originalName).toBe('xgpj.png');
    for (const key of [stored.storageKey, ...stored.variants.map((v) => v.key)]) {
      expect(key).toMatch(STORAGE_KEY_PATTERN);
      expect(key).not.toContain('..');
      expect(key).not.toContain('gpj');
    }
  });
});

describe('hostile and invalid files are refused with a clear message', () => {
  it('a zero-byte file', async () => {
    await expectRefused(() => ingest(Buffer.alloc(0), 'rong.jpg'), /Tệp rỗng/, 400);
  });

  it('a PHP/HTML file renamed .jpg', async () => {
    await expectRefused(() => ingest(PHP_AS_JPG, 'anh.jpg'), /Định dạng tệp không được hỗ trợ/, 415);
    await expectRefused(() => ingest(Buffer.from(HTML_PAYLOAD), 'trang.png', { declaredSize: HTML_PAYLOAD.length }), /không được hỗ trợ/, 415);
  });

  it('an SVG with a script', async () => {
    await expectRefused(() => ingest(SVG_WITH_SCRIPT, 'logo.svg'), /Không nhận tệp SVG/, 415);
    await expectRefused(() => ingest(SVG_WITH_SCRIPT, 'logo.png'), /Không nhận tệp SVG/, 415);
  });

  it('a PNG whose header claims 20,000 × 20,000 pixels (decompression bomb)', async () => {
    await expectRefused(() => ingest(pngBombHeader(20_000, 20_000), 'bom.png'), /quá lớn \(20000 × 20000 điểm ảnh\)/, 413);
  });

  it('a truncated JPEG', async () => {
    const jpeg = await noiseJpeg(800, 600);
    await expectRefused(() => ingest(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'cut.jpg'), /bị hỏng hoặc không đầy đủ/, 422);
  });

  it('an 11 MB image', async () => {
    const png = await noisePng(1920, 1920, 0);
    expect(png.length).toBeGreaterThan(10 * MB);
    expect(png.length).toBeLessThan(12 * MB);
    await expectRefused(() => ingest(png, 'lon.png'), /Tệp quá lớn: ảnh tối đa 10 MB/, 413);
    // Announced size alone is enough to refuse before reading the body.
    await expectRefused(() => ingest(png.subarray(0, 100), 'lon.png', { declaredSize: png.length }), /ảnh tối đa 10 MB/, 413);
  });

  it('an MP4 whose header lies (valid ftyp, then HTML)', async () => {
    await expectRefused(() => ingest(lyingMp4(), 'video.mp4'), /không phải video MP4 hợp lệ/, 422);
  });

  it('a truncated MP4 (the boxes do not add up)', async () => {
    const mp4 = minimalMp4();
    await expectRefused(() => ingest(mp4.subarray(0, mp4.length - 100), 'cut.mp4'), /không phải video MP4 hợp lệ/, 422);
  });

  it('a body shorter than its announced size', async () => {
    const mp4 = minimalMp4();
    await expectRefused(() => ingest(mp4, 'a.mp4', { declaredSize: mp4.length + 10 }), /Tải lên bị gián đoạn/, 400);
  });

  it('a kind the form does not take', async () => {
    await expectRefused(() => ingest(minimalMp4(), 'clip.mp4', { accept: ['image'] }), /Ở đây chỉ nhận: ảnh JPEG/, 415);
  });

  it('a PDF header glued onto something else', async () => {
    await expectRefused(() => ingest(Buffer.from(`%PDF-1.7\n${HTML_PAYLOAD}`), 'x.pdf'), /không phải tài liệu PDF hợp lệ/, 422);
  });
});

describe('videos and PDFs are streamed to disk', () => {
  it('stores a valid MP4 as video/mp4 under a generated key', async () => {
    const mp4 = minimalMp4(64 * 1024);
    const chunks = async function* () {
      for (let offset = 0; offset < mp4.length; offset += 1000) yield mp4.subarray(offset, offset + 1000);
    };
    const stored = await ingest(chunks(), 'Lễ khởi công.mp4', { declaredSize: mp4.length });
    expect(stored).toMatchObject({ mimeType: 'video/mp4', byteSize: mp4.length, width: null, variants: [] });
    expect(stored.storageKey).toMatch(/^videos\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.mp4$/);
    expect((await readFile(path.join(uploadDir, stored.storageKey))).equals(mp4)).toBe(true);
  });

  it('stops a video stream as soon as it passes 500 MB, keeping nothing', async () => {
    let produced = 0;
    const endless = async function* () {
      for await (const chunk of mp4Stream(600 * MB)) {
        produced += chunk.byteLength;
        yield chunk;
      }
    };
    await expectRefused(() => ingest(endless(), 'dai.mp4'), /video tối đa 500 MB/, 413);
    expect(produced).toBeLessThanOrEqual(501 * MB);
    await expectRefused(() => ingest(mp4Stream(1024), 'dai.mp4', { declaredSize: 501 * MB }), /video tối đa 500 MB/, 413);
  }, 120_000);

  it('stores a PDF as application/pdf', async () => {
    const stored = await ingest(MINIMAL_PDF, 'ban-do.pdf');
    expect(stored).toMatchObject({ mimeType: 'application/pdf', byteSize: MINIMAL_PDF.length });
    expect(stored.storageKey).toMatch(/^documents\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
  });
});

describe('nothing is written outside the upload folder', () => {
  it('the sandbox holds only the upload folder, whose files all have generated names', async () => {
    expect(await readdir(sandbox)).toEqual(['uploads']);
    const files = await listFiles(uploadDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(file).toMatch(/^(images|videos|documents)\/\d{4}\/\d{2}\/[0-9a-f-]{36}(-\d+)?\.(jpg|png|webp|gif|avif|mp4|pdf)$/);
      expect((await stat(path.join(uploadDir, file))).isFile()).toBe(true);
    }
  });
});
