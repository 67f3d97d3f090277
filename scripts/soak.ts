import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { hashPassword } from '../lib/auth/password.ts';
import { cacheInvalidationToken } from '../lib/cache/invalidation-token.ts';
import { createPrismaClient } from '../lib/database/client.ts';
import { freePort, startEmbeddedDatabase } from '../lib/database/embedded.ts';
import { migrate } from '../lib/database/migrator.ts';
import { seedDemoContent } from '../lib/seed/demo-content.ts';
import { seedSyntheticArticles, syntheticArticle } from '../lib/seed/synthetic.ts';
import { productionServerArgs, productionServerEnv } from '../lib/server/command.ts';

// `npm run soak [-- --minutes 60 --articles 2000 --connections 6 --sample-seconds 30 --skip-build]`
// (issue 13, memory): the production server on an isolated embedded PostgreSQL under mixed
// traffic for a while (reader pages, client navigations, junk URLs and query strings, searches,
// signed-in admin pages, image uploads, a content change every minute), printing the server's
// resident memory (RSS) over time. Writes bench/soak-results.json. Measures; asserts nothing.

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (argv[index + 1] ?? fallback);
};
const MINUTES = Number(option('minutes', '60'));
const ARTICLES = Number(option('articles', '2000'));
const CONNECTIONS = Number(option('connections', '6'));
const SAMPLE_SECONDS = Number(option('sample-seconds', '30'));
const SKIP_BUILD = argv.includes('--skip-build');
const TARGET_MB = 500;
const log = (line: string) => console.log(`[soak] ${line}`);

async function rssMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 102.4) / 10;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.`);
    if (
      await fetch(url).then(
        (response) => response.status === 200,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No answer from ${url} within ${timeoutMs} ms.`);
}

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/quan-tri`, json: 'true' }),
  });
  keep(response);
  if (![...cookies.keys()].some((name) => name.includes('session-token'))) throw new Error(`Sign-in failed (${response.status}).`);
  return header();
}

const random = (n: number) => Math.floor(Math.random() * n);
const pick = <T>(items: readonly T[]): T => items[random(items.length)]!;
const token = () => randomBytes(5).toString('hex');

const SECTIONS = ['/', '/tin-tuc', '/thu-vien-video', '/van-ban', '/cum-cong-nghiep', '/du-an', '/ban-do-hanh-chinh', '/lien-he', '/rss.xml', '/sitemap.xml'];
const WORDS = [
  'cụm công nghiệp',
  'gia viễn',
  'nho quan',
  'yên mô',
  'hạ tầng',
  'đầu tư',
  'doanh nghiệp',
  'môi trường',
  'nước thải',
  'lao động',
  'quy hoạch',
  'kim sơn',
  'hoa lư',
  'tam điệp',
];

type Kind = 'page' | 'navigation' | 'junk' | 'search' | 'admin' | 'upload';
const MIX: Array<[Kind, number]> = [
  ['page', 45],
  ['navigation', 10],
  ['junk', 20],
  ['search', 15],
  ['admin', 8],
  ['upload', 2],
];

async function main(): Promise<void> {
  if (!SKIP_BUILD || !existsSync('.next/BUILD_ID')) {
    log('Building…');
    if (spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('next build failed');
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ccn-soak-'));
  await chmod(workDir, 0o755);
  const database = await startEmbeddedDatabase({ dataDir: path.join(workDir, 'pg'), persistent: false });
  let server: ChildProcess | undefined;
  try {
    await migrate(database.url);
    const prisma = createPrismaClient(database.url, { max: 4 });
    const password = `soak-${randomBytes(9).toString('base64url')}`;
    try {
      await seedDemoContent(prisma);
      await seedSyntheticArticles(prisma, ARTICLES, 1000);
      await prisma.user.create({
        data: { email: 'soak-admin@localhost', name: 'Quản trị thử tải', role: 'ADMIN', passwordHash: await hashPassword(password) },
      });
    } finally {
      await prisma.$disconnect();
    }
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const secret = randomBytes(32).toString('base64url');
    server = spawn(process.execPath, productionServerArgs(), {
      env: {
        ...process.env,
        ...productionServerEnv(),
        NODE_ENV: 'production',
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: baseUrl,
        SITE_URL: baseUrl,
        UPLOAD_DIR: path.join(workDir, 'uploads'),
        SCHEDULER_INTERVAL_MS: '0',
      },
      // stdout: the server's memory breakdown at every sample (SIGUSR2, lib/server/main.ts).
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server.stdout?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.startsWith('[server] Memory:')) log(`        ${line.slice(9)}`);
    });
    await waitFor(`${baseUrl}/`, server);
    const pid = server.pid!;
    const cookie = await signIn(baseUrl, 'soak-admin@localhost', password);
    const images = await Promise.all(
      [0, 1, 2].map((i) =>
        sharp({ create: { width: 1600 + 200 * i, height: 1000, channels: 3, background: { r: 60 * i, g: 140, b: 90 } } })
          .png()
          .toBuffer(),
      ),
    );
    const slugs = Array.from({ length: Math.min(ARTICLES, 1500) }, (_, i) => syntheticArticle(Math.floor((i * ARTICLES) / Math.min(ARTICLES, 1500))).slug);
    const invalidationToken = cacheInvalidationToken(secret) ?? '';

    const counts: Record<Kind | 'invalidation', number> = { page: 0, navigation: 0, junk: 0, search: 0, admin: 0, upload: 0, invalidation: 0 };
    let serverErrors = 0;
    let failures = 0;
    const request = async (kind: Kind): Promise<void> => {
      let url = '';
      const init: RequestInit & { headers: Record<string, string> } = { headers: { 'accept-encoding': 'gzip' }, signal: AbortSignal.timeout(60_000) };
      switch (kind) {
        case 'page':
          url = random(2) ? `/tin-tuc/${pick(slugs)}` : random(3) ? pick(SECTIONS) : `/tin-tuc?trang=${1 + random(60)}`;
          break;
        case 'navigation':
          url = random(2) ? `/tin-tuc/${pick(slugs)}` : pick(SECTIONS);
          init.headers.rsc = '1';
          break;
        case 'junk':
          url = pick([
            () => `/tin-tuc/${pick(slugs)}?utm_source=${token()}&fbclid=${token()}`,
            () => `/?a=${token()}`,
            () => `/tin-tuc?trang=2&ref=${token()}`,
            () => `/${token()}`,
            () => `/tin-tuc/khong-co-${token()}`,
            () => pick(['/.env', '/wp-login.php', '/package.json', '/favicon.ico', '/api', '/TIN-TUC']),
            () => `/media/2026/01/${token()}.jpg`,
          ])();
          break;
        case 'search':
          url = `/tim-kiem?q=${encodeURIComponent(`${pick(WORDS)} ${pick(WORDS)}${random(3) ? '' : ` ${token()}`}`)}${random(3) ? '' : `&trang=${2 + random(3)}`}`;
          break;
        case 'admin':
          url = pick(['/quan-tri', '/quan-tri/tin-tuc', `/quan-tri/tin-tuc?q=${encodeURIComponent(pick(WORDS))}`, '/quan-tri/thu-vien']);
          init.headers.cookie = cookie;
          break;
        case 'upload':
          url = '/api/media/upload?accept=image';
          init.method = 'POST';
          init.body = pick(images);
          Object.assign(init.headers, {
            cookie,
            origin: baseUrl,
            'x-file-name': encodeURIComponent(`anh-thu-tai-${token()}.png`),
            'content-type': 'image/png',
          });
          break;
      }
      try {
        const response = await fetch(`${baseUrl}${url}`, { ...init, redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status >= 500) serverErrors += 1;
        counts[kind] += 1;
      } catch {
        failures += 1;
      }
    };
    const total = MIX.reduce((sum, [, weight]) => sum + weight, 0);
    const nextKind = (): Kind => {
      let roll = random(total);
      for (const [kind, weight] of MIX) if ((roll -= weight) < 0) return kind;
      return 'page';
    };

    const started = Date.now();
    const deadline = started + MINUTES * 60_000;
    const samples: Array<{ minute: number; rssMb: number; requests: number }> = [];
    const requests = () => Object.values(counts).reduce((sum, value) => sum + value, 0);
    const sample = async () => {
      const minute = Math.round((Date.now() - started) / 6_000) / 10;
      const rssMb = await rssMegabytes(pid);
      process.kill(pid, 'SIGUSR2');
      samples.push({ minute, rssMb, requests: requests() });
      log(`${minute.toFixed(1).padStart(5)} min  RSS ${rssMb.toFixed(1).padStart(7)} MB  ${requests()} requests (${serverErrors} 5xx, ${failures} failed)`);
    };
    log(`${MINUTES} min of mixed traffic, ${CONNECTIONS} connections, ${ARTICLES} articles, on ${baseUrl}.`);
    await sample();
    const sampler = setInterval(() => void sample(), SAMPLE_SECONDS * 1000);
    const changes = setInterval(() => {
      counts.invalidation += 1;
      void fetch(`${baseUrl}/api/cache/invalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cache-token': invalidationToken },
        body: JSON.stringify({ tags: ['articles'] }),
      }).then(
        (response) => response.arrayBuffer(),
        () => undefined,
      );
    }, 60_000);
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < deadline) await request(nextKind());
      }),
    );
    clearInterval(sampler);
    clearInterval(changes);
    await sample();
    log('Idle 30 s…');
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const idleMb = await rssMegabytes(pid);
    const endMb = samples.at(-1)!.rssMb;
    const peakMb = Math.max(...samples.map((entry) => entry.rssMb));
    log(
      `End of load: RSS ${endMb} MB (peak ${peakMb} MB), ${idleMb} MB after 30 s idle; target under ${TARGET_MB} MB: ${endMb < TARGET_MB ? 'met' : 'NOT met'}.`,
    );
    log(`Requests: ${JSON.stringify(counts)}; 5xx ${serverErrors}; failed ${failures}.`);
    await writeFile(
      path.join('bench', 'soak-results.json'),
      `${JSON.stringify({ at: new Date().toISOString(), node: process.version, minutes: MINUTES, articles: ARTICLES, connections: CONNECTIONS, samples, endMb, peakMb, idleMb, counts, serverErrors, failures }, null, 2)}\n`,
    );
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server?.once('exit', resolve));
    }
    await database.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[soak]', error);
    process.exit(1);
  },
);
