import sharp, { type Sharp } from 'sharp';
import { withImageEncodeSlot } from './encode-slots.ts';
import { rejections } from './errors.ts';
import { MAX_INPUT_PIXELS, MAX_STORED_DIMENSION, VARIANT_WIDTHS } from './limits.ts';
import type { SniffedType } from './sniff.ts';
import type { VariantFormat } from './types.ts';

// Decodes an uploaded image and re-encodes everything we keep: whatever else the file carried
// (EXIF/GPS, comments, an HTML payload of a polyglot, trailing bytes) does not survive.

// Bounded libvips memory (issue 13, memory). Its operation cache (by default up to 50 MB and 100
// operations) only helps when the same image is processed again, which uploads never are; and
// each libvips worker thread keeps its own buffers and malloc arena, so one thread per encode
// (several uploads still encode in parallel on libuv's pool).
sharp.cache(false);
sharp.concurrency(1);

export type ImageType = Extract<SniffedType, 'jpeg' | 'png' | 'webp' | 'gif'>;

export interface EncodedImage {
  width: number;
  height: number;
  extension: string;
  mimeType: string;
  data: Buffer;
}

export interface EncodedVariant {
  width: number;
  format: VariantFormat;
  data: Buffer;
}

export interface ProcessedImage {
  main: EncodedImage;
  variants: EncodedVariant[];
}

const MAIN_FORMATS: Record<ImageType, { extension: string; mimeType: string }> = {
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg' },
  png: { extension: 'png', mimeType: 'image/png' },
  webp: { extension: 'webp', mimeType: 'image/webp' },
  gif: { extension: 'gif', mimeType: 'image/gif' },
};

// 'error' refuses truncated and corrupt data; limitInputPixels refuses bombs before decoding.
const inputOptions = (animated: boolean) => ({ limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated, sequentialRead: true }) as const;

function encodeMain(pipeline: Sharp, type: ImageType): Sharp {
  switch (type) {
    case 'jpeg':
      return pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true });
    case 'png':
      return pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
    case 'webp':
      return pipeline.webp({ quality: 82 });
    case 'gif':
      return pipeline.gif({ effort: 4 });
  }
}

function encodeVariant(pipeline: Sharp, format: VariantFormat): Sharp {
  // AVIF effort kept low: encoding is CPU-bound and the server has two cores.
  return format === 'webp' ? pipeline.webp({ quality: 80, effort: 4 }) : pipeline.avif({ quality: 55, effort: 2 });
}

/** Widths to generate: the standard ones narrower than the image, plus the image's own width. */
export function variantWidthsFor(width: number): number[] {
  return [...new Set([...VARIANT_WIDTHS.filter((candidate) => candidate < width), width])].sort((a, b) => a - b);
}

async function readHeader(input: Buffer, animated: boolean) {
  try {
    // Header only (no pixel decode): dimensions are checked before any allocation.
    return await sharp(input, { ...inputOptions(animated), limitInputPixels: false }).metadata();
  } catch {
    throw rejections.corruptImage();
  }
}

export async function processImage(input: Buffer, type: ImageType): Promise<ProcessedImage> {
  const header = await readHeader(input, type === 'gif');
  const expectedFormat = type === 'jpeg' ? 'jpeg' : type;
  if (header.format !== expectedFormat || !header.width || !header.height) throw rejections.corruptImage();
  const frames = header.pages ?? 1;
  const frameHeight = header.pageHeight ?? header.height;
  const animated = frames > 1 && (type === 'gif' || type === 'webp');
  if (header.width * frameHeight * (animated ? frames : 1) > MAX_INPUT_PIXELS) {
    throw rejections.tooManyPixels(header.width, frameHeight);
  }

  return withImageEncodeSlot(() => encodeAll(input, type, animated, header.width ?? 0, frameHeight));
}

async function encodeAll(input: Buffer, type: ImageType, animated: boolean, headerWidth: number, frameHeight: number): Promise<ProcessedImage> {
  const base = () => sharp(input, inputOptions(animated)).autoOrient();
  let main: EncodedImage;
  try {
    const resized = base().resize({
      width: MAX_STORED_DIMENSION,
      height: MAX_STORED_DIMENSION,
      fit: 'inside',
      withoutEnlargement: true,
    });
    const { data, info } = await encodeMain(resized, type).toBuffer({ resolveWithObject: true });
    main = {
      width: info.width,
      height: animated ? (info.pageHeight ?? info.height) : info.height,
      ...MAIN_FORMATS[type],
      data,
    };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw rejections.tooManyPixels(headerWidth, frameHeight);
    throw rejections.corruptImage();
  }

  // Animated AVIF is not written by libvips: animations get WebP variants only.
  const formats: VariantFormat[] = animated ? ['webp'] : ['webp', 'avif'];
  const variants: EncodedVariant[] = [];
  // Sequential on purpose: bounded memory and CPU for one upload.
  for (const width of variantWidthsFor(main.width)) {
    for (const format of formats) {
      const data = await encodeVariant(base().resize({ width, withoutEnlargement: true }), format).toBuffer();
      variants.push({ width, format, data });
    }
  }
  return { main, variants };
}
