import { describe, expect, it } from 'vitest';
import { IMAGE_ENCODE_QUEUE, IMAGE_ENCODE_SLOTS, imageEncodeStats, resetImageEncodePeak, withImageEncodeSlot } from './encode-slots.ts';
import { MediaRejectedError } from './errors.ts';
import { processImage } from './image.ts';
import { jpegPhoto } from '@/test/fixtures/media-files';

// Issue 13 item 14: an image just under the pixel limit costs seconds of CPU; a few uploads at
// once must not take every core from the readers.

describe('image encode slots', () => {
  it('runs at most IMAGE_ENCODE_SLOTS image encodes at once, every upload still processed', async () => {
    const photo = await jpegPhoto(1600, 1200);
    resetImageEncodePeak();
    const results = await Promise.all(Array.from({ length: 4 }, () => processImage(photo, 'jpeg')));
    expect(results.every((result) => result.main.width === 1600 && result.variants.length > 0)).toBe(true);
    expect(imageEncodeStats().peak).toBe(IMAGE_ENCODE_SLOTS);
    expect(imageEncodeStats()).toMatchObject({ active: 0, waiting: 0 });
  });

  it('refuses, with a Vietnamese "try again", uploads beyond the queue instead of piling them up', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = Array.from({ length: IMAGE_ENCODE_SLOTS + IMAGE_ENCODE_QUEUE }, () => withImageEncodeSlot(() => gate));
    const refused = await withImageEncodeSlot(async () => 'ran').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MediaRejectedError);
    expect((refused as MediaRejectedError).status).toBe(503);
    expect((refused as MediaRejectedError).message).toMatch(/thử tải lên lại/);
    release();
    await Promise.all(held);
    expect(await withImageEncodeSlot(async () => 'ran')).toBe('ran');
    expect(imageEncodeStats()).toMatchObject({ active: 0, waiting: 0 });
  });
});
