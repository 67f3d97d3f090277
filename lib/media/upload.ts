import 'server-only';
import type { SessionUser } from '@/lib/auth/session-user';
import { createMedia, type MediaItem } from '@/lib/data/staff/media';
import { deleteStoredFiles, ingestUpload, storageKeysOf, type IngestInput } from './ingest.ts';

/** Runs the pipeline and records the Media row; if the row can't be written, the files go too. */
export async function uploadMediaFor(user: SessionUser, input: IngestInput, altText = ''): Promise<MediaItem> {
  const stored = await ingestUpload(input);
  try {
    return await createMedia(stored, user, altText);
  } catch (error) {
    await deleteStoredFiles(storageKeysOf(stored), input.storage);
    throw error;
  }
}
