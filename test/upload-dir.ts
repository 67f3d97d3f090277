import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * Points UPLOAD_DIR at a fresh temporary folder for this test file and removes it afterwards.
 * Returns a getter: the folder exists only once beforeAll has run.
 */
export function withTemporaryUploadDir(prefix: string): () => string {
  let uploadDir = '';
  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), `ccn-${prefix}-`));
    process.env.UPLOAD_DIR = uploadDir;
  });
  afterAll(async () => {
    await rm(uploadDir, { recursive: true, force: true });
  });
  return () => uploadDir;
}
