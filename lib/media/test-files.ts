import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

// Real files for the upload tests, generated on the fly: valid images of each format and the
// hostile ones an attacker would send.

export async function jpegPhoto(width = 1400, height = 900): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a7bd5' } })
    .composite([{ input: await noisePng(Math.min(200, width), Math.min(200, height)), left: 0, top: 0 }])
    .withExif({ IFD0: { Copyright: 'GPS 20.25N 105.97E secret', Artist: 'Nguyen Van A' } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export async function noisePng(width: number, height: number, compressionLevel = 6): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).png({ compressionLevel }).toBuffer();
}

export async function noiseJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
}

export async function webpImage(width = 500, height = 300): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } } }).webp().toBuffer();
}

export async function animatedGif(): Promise<Buffer> {
  const frame = (color: string) => sharp({ create: { width: 120, height: 80, channels: 3, background: color } }).png().toBuffer();
  return sharp([await frame('#ff0000'), await frame('#0000ff'), await frame('#00ff00')], { join: { animated: true } })
    .gif({ delay: [200, 200, 200], loop: 0 })
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG whose IHDR claims width × height (nothing of that size is ever allocated here). */
export function pngBombHeader(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export const HTML_PAYLOAD = '<html><body><script>alert(document.cookie)</script></body></html>';

/** A JPEG that is also an HTML page: the payload sits in a comment segment and after the image. */
export async function polyglotJpegHtml(): Promise<Buffer> {
  const jpeg = await jpegPhoto(400, 300);
  const comment = Buffer.from(HTML_PAYLOAD, 'latin1');
  const segmentLength = Buffer.alloc(2);
  segmentLength.writeUInt16BE(comment.length + 2);
  const com = Buffer.concat([Buffer.from([0xff, 0xfe]), segmentLength, comment]);
  return Buffer.concat([jpeg.subarray(0, 2), com, jpeg.subarray(2), Buffer.from(HTML_PAYLOAD, 'latin1')]);
}

export const PHP_AS_JPG = Buffer.from('<?php system($_GET["c"]); ?>\n<html><script>alert(1)</script></html>\n');

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>\n',
);

function box(type: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(payload.length + 8);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
}

const FTYP = box('ftyp', Buffer.concat([Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41', 'latin1')]));

/** A structurally valid MP4 (ftyp, moov with mvhd, mdat). */
export function minimalMp4(mdatBytes = 4096): Buffer {
  const mvhd = box('mvhd', Buffer.alloc(100));
  return Buffer.concat([FTYP, box('moov', mvhd), box('mdat', randomBytes(mdatBytes))]);
}

/** Starts like an MP4 (a valid ftyp box), then is an HTML page. */
export function lyingMp4(): Buffer {
  return Buffer.concat([FTYP, Buffer.from(`${HTML_PAYLOAD}\n`.repeat(50))]);
}

/** The first `ftypBytes` of an MP4 header for a stream that goes on with `total` bytes. */
export async function* mp4Stream(total: number, chunk = 1024 * 1024): AsyncGenerator<Uint8Array> {
  yield FTYP;
  const zeros = Buffer.alloc(chunk);
  for (let sent = FTYP.length; sent < total; sent += chunk) yield zeros.subarray(0, Math.min(chunk, total - sent));
}

export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);
