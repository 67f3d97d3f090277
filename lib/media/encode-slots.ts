import os from 'node:os';
import { MediaRejectedError } from './errors.ts';

// Image encoding (decode, resize, WebP/AVIF variants) is the costliest thing an upload does:
// about 3 s of CPU for an image just under the pixel limit. Encodes take turns through these few
// slots (one per two cores, at least one), so a handful of simultaneous uploads can't take every
// core from the readers; beyond a short queue, uploads are refused with "try again shortly".

export const IMAGE_ENCODE_SLOTS = Math.max(1, Math.floor(os.availableParallelism() / 2));
export const IMAGE_ENCODE_QUEUE = 16;

let active = 0;
let peak = 0;
const waiting: Array<() => void> = [];

export function imageEncodeStats(): { active: number; waiting: number; peak: number } {
  return { active, waiting: waiting.length, peak };
}

export function resetImageEncodePeak(): void {
  peak = active;
}

/** Runs `task` when an encode slot is free (first come, first served). */
export async function withImageEncodeSlot<T>(task: () => Promise<T>): Promise<T> {
  if (active >= IMAGE_ENCODE_SLOTS) {
    if (waiting.length >= IMAGE_ENCODE_QUEUE) {
      throw new MediaRejectedError('Máy chủ đang xử lý nhiều ảnh cùng lúc. Vui lòng thử tải lên lại sau ít phút.', 503);
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    active += 1;
  }
  peak = Math.max(peak, active);
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    // The slot passes straight to the next in line (active stays the same), or is freed.
    if (next) next();
    else active -= 1;
  }
}
