import { randomUUID } from 'node:crypto';

// Storage keys are generated here and only here: `<folder>/<yyyy>/<mm>/<uuid>…`, never from a
// user-chosen name, so nothing a user sends can pick a path.

export type KeyFolder = 'images' | 'videos' | 'documents';

export interface KeyBase {
  folder: KeyFolder;
  prefix: string;
}

export function newKeyBase(folder: KeyFolder, now = new Date()): KeyBase {
  const year = String(now.getUTCFullYear());
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return { folder, prefix: `${folder}/${year}/${month}/${randomUUID()}` };
}

export function imageKey(base: KeyBase, width: number, extension: string): string {
  return `${base.prefix}-${width}.${extension}`;
}

export function fileKey(base: KeyBase, extension: string): string {
  return `${base.prefix}.${extension}`;
}
