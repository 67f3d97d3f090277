import type { MediaFieldValue } from './types.ts';

// Turns the file a video or map document points at into the MediaField's initial value.
export function mediaFieldValue(
  id: string | null,
  file: { url: string; mimeType: string; thumbnailUrl: string | null; label: string } | null,
): MediaFieldValue | null {
  return id && file ? { id, ...file } : null;
}
