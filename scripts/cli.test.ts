import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function runScript(script: string, env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: { NODE_ENV: 'production', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('command-line start-up errors', () => {
  it('an unreachable DATABASE_URL gives one clear line and a non-zero exit', () => {
    const result = runScript('scripts/db-migrate.ts', { DATABASE_URL: 'postgresql://ccn:secret@127.0.0.1:1/ccn' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^\[ccn\] Cannot reach the database at 127\.0\.0\.1:1\/ccn \(DATABASE_URL\): .*ECONNREFUSED/);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).not.toContain('secret');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a malformed variable stops the start naming the variable and the expected shape', () => {
    const result = runScript('scripts/serve.ts', { PORT: 'eighty', DATABASE_URL: 'postgresql://localhost/ccn' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('[ccn] Invalid environment variable PORT: must be a positive whole number, e.g. 3000 (got "eighty").');
  });

  it('user:create refuses a missing email before touching any database', () => {
    const result = runScript('scripts/user-create.ts', {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--email must be an email address');
  });
});

describe('npm run backup -- --keep N', () => {
  it('writes a backup, then deletes all but the N newest in that folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ccn-backup-keep-'));
    try {
      for (const stamp of ['2026-01-01T00-00-00Z', '2026-01-02T00-00-00Z', '2026-01-03T00-00-00Z'])
        await writeFile(path.join(dir, `ccn-backup-${stamp}.tar.gz`), 'old');
      await writeFile(path.join(dir, 'notes.txt'), 'not a backup');
      const env = { DATABASE_URL: process.env.DATABASE_URL ?? '', UPLOAD_DIR: path.join(dir, 'uploads') };
      const result = runScript('scripts/backup.ts', env, ['--out', path.join(dir, 'ccn-backup-2026-02-01T00-00-00Z.tar.gz'), '--keep', '2']);
      expect(result.status, result.stderr).toBe(0);
      expect((await readdir(dir)).sort()).toEqual(['ccn-backup-2026-01-03T00-00-00Z.tar.gz', 'ccn-backup-2026-02-01T00-00-00Z.tar.gz', 'notes.txt']);
      expect(runScript('scripts/backup.ts', env, ['--keep', '0']).stderr).toBe('[ccn] --keep expects a whole number of backups to keep, 1 or more.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
