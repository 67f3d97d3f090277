import path from 'node:path';
import { LocalDiskStorage } from './local-disk.ts';
import type { MediaStorage } from './storage.ts';

export type { ByteRange, MediaStorage, StoredObjectInfo } from './storage.ts';

let storage: MediaStorage | undefined;

/** The configured media storage: local disk under UPLOAD_DIR (default .data/uploads). */
export function mediaStorage(): MediaStorage {
  // The folder is only known at run time; keep the bundler from tracing the whole project for it.
  storage ??= new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? '.data/uploads'));
  return storage;
}
