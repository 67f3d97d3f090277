import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The files an operator copies from deploy/ (and the container files) stay consistent with the
// app: every variable README documents is in the environment template, compose passes only
// those, runs the same command as the systemd unit, and the units are valid systemd units.
// nginx's site is run for real by `npm run test:deploy`.

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

function readmeVariables(): string[] {
  const section = read('README.md').split('## Configuration')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([A-Z_]+)` \|[^|]*\| (?!Tests only)/gm)].map((match) => match[1] ?? '');
}

describe('deploy/ and the container files', () => {
  it('the environment template lists every variable README documents (tests-only ones aside)', () => {
    const documented = readmeVariables();
    expect(documented.length).toBeGreaterThan(15);
    const template = read('deploy/ccn-portal.env.example');
    const listed = new Set([...template.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]));
    expect(documented.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => name && !documented.includes(name))).toEqual([]);
  });

  it('compose passes only documented variables and runs what the systemd unit runs', () => {
    const compose = read('compose.yaml');
    const appBlock = compose.split('x-app: &app')[1]?.split('\nservices:')[0] ?? '';
    const environment = appBlock.split('  environment:\n')[1]?.split('\n  volumes:')[0] ?? '';
    const names = [...environment.matchAll(/^ {4}([A-Z_]+):/gm)].map((match) => match[1]);
    const documented = readmeVariables();
    expect(names.length).toBeGreaterThan(8);
    expect(names.filter((name) => name && !documented.includes(name))).toEqual([]);
    expect(appBlock).toContain('command: ["npm", "start"]');
    expect(read('deploy/systemd/ccn-portal@.service')).toMatch(/^ExecStart=\/usr\/bin\/npm start$/m);
    expect(read('Dockerfile')).toMatch(/^CMD \["npm", "start"\]$/m);
    // The two upstream lines compose rewrites are the ones in the tested site.
    const site = read('deploy/nginx/ccn-portal.conf');
    expect(site).toContain('server 127.0.0.1:3001 ');
    expect(site).toContain('server 127.0.0.1:3002 ');
    expect(compose).toMatch(/image: postgres:(1[6-9]|[2-9]\d)/);
  });

  it('the image runs as an unprivileged user on Node.js 24 with a health check on /api/health', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24[\w.-]*$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/api\/health/m);
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
  });

  it.runIf(existsSync('/usr/bin/systemd-analyze'))('the systemd units verify', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ccn-units-'));
    try {
      await copyFile(path.join(root, 'deploy/systemd/ccn-portal@.service'), path.join(dir, 'ccn-portal@3001.service'));
      for (const unit of ['ccn-portal-backup.service', 'ccn-portal-backup.timer'])
        await copyFile(path.join(root, 'deploy/systemd', unit), path.join(dir, unit));
      const result = spawnSync(
        'systemd-analyze',
        ['verify', '--man=no', './ccn-portal@3001.service', './ccn-portal-backup.service', './ccn-portal-backup.timer'],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
