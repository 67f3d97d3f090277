import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium as playwrightChromium } from '@playwright/test';
import { hashPassword } from '../lib/auth/password.ts';
import { cacheInvalidationToken } from '../lib/cache/invalidation-token.ts';
import { createPrismaClient } from '../lib/database/client.ts';
import { EmbeddedDatabaseError, freePort, startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/database/embedded.ts';
import { migrate } from '../lib/database/migrator.ts';
import { seedDemoContent } from '../lib/seed/demo-content.ts';
import { seedDemoSections } from '../lib/seed/demo-sections.ts';
import { LocalDiskStorage } from '../lib/storage/local-disk.ts';
import { productionServerArgs, productionServerEnv } from '../lib/server/command.ts';
import { seedMenus } from '../lib/seed/menus.ts';

// `npm run test:e2e [-- playwright args]`: a production build served against a fresh database
// with the demo content and one user per role, then Playwright in Debian's Chromium.
// E2E_SKIP_BUILD=1 reuses the last build while iterating on tests.

const log = (line: string) => console.log(`[e2e] ${line}`);

function findChromium(): string {
  // Debian's Chromium, else the one `playwright install chromium` downloaded (npm test's
  // prerequisites step installs one of them when neither is there).
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium.executablePath()].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    console.error(
      "[e2e] No Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, Playwright's own): " +
        '`npm run test:prerequisites` installs it, or `sudo apt-get install -y chromium`, or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  return found;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode} before answering.`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s.`);
}

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const E2E_ROLES = ['ADMIN', 'EDITOR', 'AUTHOR'] as const;

async function main(): Promise<number> {
  const chromium = findChromium();
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('.next/BUILD_ID')) {
    log('Building the production server…');
    if (run(process.execPath, ['node_modules/next/dist/bin/next', 'build']) !== 0) return 1;
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ccn-e2e-'));
  let embedded: EmbeddedDatabase | undefined;
  let server: ChildProcess | undefined;
  try {
    let serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      embedded = await startEmbeddedDatabase({ dataDir: path.join(workDir, 'pg'), persistent: false });
      serverUrl = embedded.url;
    }
    const databaseUrl = await createDatabase(serverUrl, 'ccn_e2e');
    await migrate(databaseUrl);
    const prisma = createPrismaClient(databaseUrl, { max: 2 });
    const users: Record<string, { email: string; password: string }> = {};
    try {
      await seedDemoContent(prisma);
      await seedDemoSections(prisma, new LocalDiskStorage(path.join(workDir, 'uploads')));
      await seedMenus(prisma);
      // A tag on the seeded article, so the tag page is among the public pages checked (issue 18).
      const seeded = await prisma.article.findFirstOrThrow({ where: { slug: 'muc-tieu-lon-cho-phat-trien-cong-nghiep-ho-tro' }, select: { id: true } });
      const tag = await prisma.tag.create({ data: { name: 'Công nghiệp hỗ trợ', slug: 'cong-nghiep-ho-tro' }, select: { id: true } });
      await prisma.articleTag.create({ data: { articleId: seeded.id, tagId: tag.id } });
      for (const role of E2E_ROLES) {
        const email = `${role.toLowerCase()}@e2e.test`;
        const password = `e2e-${randomBytes(9).toString('base64url')}`;
        const name = { ADMIN: 'Quản trị E2E', EDITOR: 'Biên tập E2E', AUTHOR: 'Tác giả E2E' }[role];
        await prisma.user.create({ data: { email, name, role, passwordHash: await hashPassword(password) } });
        users[role] = { email, password };
      }
    } finally {
      await prisma.$disconnect();
    }
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const serverEnv = {
      ...process.env,
      ...productionServerEnv(),
      NODE_ENV: 'production' as const,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: baseUrl,
      SITE_URL: baseUrl,
      UPLOAD_DIR: path.join(workDir, 'uploads'),
      // Specs write rows straight into the database (no server action, so no invalidation) and
      // expect the next page load to show them: this server has no full-page cache (headers,
      // CSP, gzip and the outage fallback still apply). The page cache is tested on instances of
      // its own (perf-outage, perf-multi-instance specs).
      PAGE_CACHE_MAX_MB: process.env.PAGE_CACHE_MAX_MB ?? '0',
    };
    // The production server (page cache, CSP, outage fallback), as `npm start` runs it.
    server = spawn(process.execPath, productionServerArgs(), {
      env: { ...serverEnv, PORT: String(port), HOSTNAME: '127.0.0.1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForServer(`${baseUrl}/`, server);
    log(`Server ready on ${baseUrl}; running Playwright.`);
    return run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
      ...process.env,
      E2E_BASE_URL: baseUrl,
      E2E_DATABASE_URL: databaseUrl,
      E2E_USERS: JSON.stringify(users),
      E2E_UPLOAD_DIR: serverEnv.UPLOAD_DIR,
      E2E_CACHE_TOKEN: cacheInvalidationToken(serverEnv.NEXTAUTH_SECRET) ?? '',
      CHROMIUM_PATH: chromium,
    });
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server?.once('exit', resolve));
    }
    await embedded?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A database that cannot start says why in one line (lib/database/embedded.ts).
    console.error('[e2e]', error instanceof EmbeddedDatabaseError ? error.message : error);
    process.exit(1);
  },
);
