import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function runScript(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
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
