import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { hashPassword } from '../lib/auth/password.ts';
import { createPrismaClient } from '../lib/database/client.ts';
import { freePort, startEmbeddedDatabase } from '../lib/database/embedded.ts';
import { migrate } from '../lib/database/migrator.ts';
import { seedDemoContent } from '../lib/seed/demo-content.ts';
import { productionServerArgs, productionServerEnv } from '../lib/server/command.ts';

// `npm run test:load` (not part of `npm test`): the production build on loopback with 200
// concurrent readers and 5 editors saving their articles through the real server action for
// LOAD_SECONDS (default 60). The first editor publishes on every fifth save, so every public
// cache is emptied again and again and readers keep landing on pages being rendered. Fails on any 5xx, any
// save that was acknowledged but is not in the database at the end (lost save), any request unanswered after 60 s, or a server that does not
// answer again within 120 s once the load stops (deadlock); prints the numbers as JSON.

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const READERS = 200;
const EDITORS = 5;
// A request still unanswered after this long counts as hung. Generous on purpose: 200 readers on
// 2 cores queue for many seconds without a page cache; a hang is what we look for, not speed.
const STALL_MS = 60_000;
const log = (line: string) => console.log(`[load] ${line}`);

interface EditorStats {
  saves: number;
  conflicts: number;
  failures: string[];
  lastTitle: string;
  version: number;
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not start');
}

function cookieJar() {
  const jar = new Map<string, string>();
  return {
    header: () => [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    take(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const index = pair?.indexOf('=') ?? -1;
        if (pair && index > 0) jar.set(pair.slice(0, index), pair.slice(index + 1));
      }
    },
  };
}

async function signIn(baseUrl: string, email: string, password: string) {
  const jar = cookieJar();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  jar.take(response);
  if (!jar.header().includes('session-token')) throw new Error(`sign-in failed for ${email}`);
  return jar;
}

async function editorLoop(
  baseUrl: string,
  actionId: string,
  jar: ReturnType<typeof cookieJar>,
  article: { id: string; slug: string },
  until: number,
  stats: EditorStats,
  publishEvery: number,
): Promise<void> {
  let n = 0;
  while (Date.now() < until) {
    n += 1;
    const title = `Bài tải thử ${article.slug} lần ${n}`;
    const input = {
      id: article.id,
      version: stats.version,
      title,
      slug: article.slug,
      summary: `Tóm tắt ${n}`,
      categoryId: '',
      coverMediaId: '',
      byline: '',
      intent: publishEvery > 0 && n % publishEvery === 0 ? 'publish' : 'save',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Nội dung lần ${n}` }] }] },
    };
    const started = Date.now();
    const response = await fetch(`${baseUrl}/quan-tri/tin-tuc/${article.id}`, {
      method: 'POST',
      headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: baseUrl, cookie: jar.header() },
      body: JSON.stringify([{ ok: false }, input]),
      signal: AbortSignal.timeout(STALL_MS),
    }).catch((error: unknown) => {
      stats.failures.push(`request failed or stalled after ${Date.now() - started} ms: ${String(error)}`);
      return null;
    });
    if (!response) continue;
    const text = await response.text();
    if (response.status >= 500) {
      stats.failures.push(`HTTP ${response.status}`);
      continue;
    }
    const line = text.split('\n').find((entry) => entry.startsWith('1:'));
    const result = line ? (JSON.parse(line.slice(2)) as { ok?: boolean; version?: number; conflict?: unknown; message?: string }) : null;
    if (result?.ok && typeof result.version === 'number') {
      stats.saves += 1;
      stats.version = result.version;
      stats.lastTitle = title;
    } else if (result?.conflict) {
      stats.conflicts += 1;
    } else {
      stats.failures.push(`unexpected answer ${response.status}: ${text.slice(0, 200)}`);
    }
  }
}

async function main(): Promise<number> {
  if (!existsSync('.next/BUILD_ID') || process.env.LOAD_BUILD === '1') {
    log('Building…');
    if (spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' }).status !== 0) return 1;
  }
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const actionId = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === 'lib/actions/articles.ts' && entry.exportedName === 'saveArticleAction',
  )?.[0];
  if (!actionId) throw new Error('saveArticleAction is not in the build');

  const work = await mkdtemp(path.join(os.tmpdir(), 'ccn-load-'));
  const database = await startEmbeddedDatabase({ dataDir: path.join(work, 'pg'), persistent: false });
  let server: ChildProcess | undefined;
  try {
    await migrate(database.url);
    const prisma = createPrismaClient(database.url, { max: 2 });
    const editors: { email: string; password: string; article: { id: string; slug: string } }[] = [];
    let publicSlug = '';
    try {
      await seedDemoContent(prisma);
      publicSlug = (await prisma.article.findFirstOrThrow({ where: { status: 'PUBLISHED' } })).slug;
      for (let i = 0; i < EDITORS; i += 1) {
        const password = `tai-${randomBytes(8).toString('hex')}`;
        const user = await prisma.user.create({
          data: { email: `bien-tap-${i}@load.test`, name: `Biên tập ${i}`, role: 'EDITOR', passwordHash: await hashPassword(password) },
        });
        const article = await prisma.article.create({
          data: { title: `Bài tải thử ${i}`, slug: `bai-tai-thu-${i}`, authorId: user.id, body: { type: 'doc', content: [{ type: 'paragraph' }] } },
        });
        editors.push({ email: user.email, password, article: { id: article.id, slug: article.slug } });
      }
    } finally {
      await prisma.$disconnect();
    }

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // The production server as `npm start` runs it (page cache, CSP, outage fallback).
    server = spawn(process.execPath, productionServerArgs(), {
      env: {
        ...process.env,
        ...productionServerEnv(),
        NODE_ENV: 'production',
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
        NEXTAUTH_URL: baseUrl,
        SITE_URL: baseUrl,
        UPLOAD_DIR: path.join(work, 'uploads'),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForServer(`${baseUrl}/`, server);
    const jars = await Promise.all(editors.map((editor) => signIn(baseUrl, editor.email, editor.password)));
    log(`Server on ${baseUrl}; ${READERS} readers and ${EDITORS} editors for ${SECONDS} s.`);

    const paths = [
      '/',
      '/tin-tuc',
      `/tin-tuc/${publicSlug}`,
      '/tin-tuc/danh-muc/cong-nghiep-ho-tro',
      '/tim-kiem?q=c%C3%B4ng%20nghi%E1%BB%87p',
      '/rss.xml',
      '/thu-vien-video',
      '/gioi-thieu',
    ];
    // Warm-up, one request at a time: also shows what a single request costs on this machine.
    const warmup: Record<string, number> = {};
    for (const target of paths) {
      for (let round = 0; round < 3; round += 1) {
        const started = performance.now();
        await (await fetch(`${baseUrl}${target}`)).arrayBuffer();
        warmup[target] = Math.round(performance.now() - started);
      }
    }
    log(`Single-request latency after warm-up (ms): ${JSON.stringify(warmup)}`);
    let next = 0;
    const statuses = new Map<number, number>();
    const until = Date.now() + SECONDS * 1000;
    const stats: EditorStats[] = editors.map(() => ({ saves: 0, conflicts: 0, failures: [], lastTitle: '', version: 1 }));
    const readers = new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: baseUrl,
          connections: READERS,
          duration: SECONDS,
          timeout: STALL_MS / 1000,
          requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }) }],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('response', (_client: unknown, statusCode: number) => statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1));
    });
    // Page-view beacons during the load (issue 16): every one a browser sends must be counted
    // exactly once, none from a robot.
    const beacons = { sent: 0, robotSent: 0, failures: [] as string[] };
    const beaconLoop = async (robot: boolean) => {
      while (Date.now() < until) {
        const response = await fetch(`${baseUrl}/api/luot-xem`, {
          method: 'POST',
          headers: {
            'content-type': 'text/plain',
            'user-agent': robot
              ? 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
              : 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
          },
          body: JSON.stringify({ path: robot ? '/dem-tai-robot' : '/dem-tai' }),
          signal: AbortSignal.timeout(STALL_MS),
        }).catch((error: unknown) => error as Error);
        if (response instanceof Error || response.status !== 204)
          beacons.failures.push(`beacon answered ${response instanceof Error ? response.message : response.status}`);
        else if (robot) beacons.robotSent += 1;
        else beacons.sent += 1;
      }
    };
    const beaconing = Promise.all([...Array.from({ length: 8 }, () => beaconLoop(false)), beaconLoop(true)]);
    await Promise.all(
      editors.map((editor, index) =>
        editorLoop(baseUrl, actionId, jars[index] as ReturnType<typeof cookieJar>, editor.article, until, stats[index] as EditorStats, index === 0 ? 5 : 0),
      ),
    );
    const reading = await readers;
    await beaconing;

    // No lost save: each article holds exactly what its editor's last acknowledged save sent.
    const check = createPrismaClient(database.url, { max: 1 });
    const lost: string[] = [];
    try {
      for (const [index, editor] of editors.entries()) {
        const row = await check.article.findUniqueOrThrow({ where: { id: editor.article.id } });
        const stat = stats[index] as EditorStats;
        if (row.version !== stat.version || (stat.saves > 0 && row.title !== stat.lastTitle))
          lost.push(`${editor.article.slug}: database v${row.version} "${row.title}", editor v${stat.version} "${stat.lastTitle}"`);
        const revisions = await check.articleRevision.count({ where: { articleId: editor.article.id, kind: { in: ['MANUAL', 'PUBLISH'] } } });
        if (revisions < stat.saves) lost.push(`${editor.article.slug}: ${revisions} revisions for ${stat.saves} saves`);
      }
      // The buffer is written every 2 s: give it a few rounds, then compare.
      let counted = -1;
      for (let attempt = 0; attempt < 20 && counted !== beacons.sent; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        counted = (await check.pageViewDaily.aggregate({ where: { path: '/dem-tai' }, _sum: { views: true } }))._sum.views ?? 0;
      }
      const robots = (await check.pageViewDaily.aggregate({ where: { path: '/dem-tai-robot' }, _sum: { views: true } }))._sum.views ?? 0;
      if (counted !== beacons.sent) lost.push(`page views: ${beacons.sent} beacons answered, ${counted} counted`);
      if (robots !== 0) lost.push(`page views: ${robots} robot beacons counted`);
      log(`Page-view beacons: ${beacons.sent} sent and ${counted} counted; ${beacons.robotSent} from a robot, ${robots} counted.`);
      lost.push(...beacons.failures.slice(0, 5));
    } finally {
      await check.$disconnect();
    }
    // No deadlock: once the load stops the server answers again (the backlog drains).
    const drainStarted = Date.now();
    let alive = 0;
    while (alive === 0 && Date.now() - drainStarted < 120_000) {
      alive = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(STALL_MS) }).then(
        (response) => response.status,
        () => 0,
      );
    }
    const recoveryMs = Date.now() - drainStarted;
    const fiveXx = [...statuses].filter(([code]) => code >= 500).reduce((sum, [, count]) => sum + count, 0);
    const report = {
      seconds: SECONDS,
      readers: {
        connections: READERS,
        requests: reading.requests.total,
        requestsPerSecond: reading.requests.average,
        latencyMs: { p50: reading.latency.p50, p90: reading.latency.p90, p99: reading.latency.p99, max: reading.latency.max },
        statuses: Object.fromEntries(statuses),
        errors: reading.errors,
        timeouts: reading.timeouts,
      },
      editors: stats.map((stat) => ({ saves: stat.saves, conflicts: stat.conflicts, failures: stat.failures.length, finalVersion: stat.version })),
      lostSaves: lost,
      serverAliveAfter: alive,
      recoveryMs,
    };
    console.log(JSON.stringify(report, null, 2));
    const failures = [
      ...(fiveXx > 0 ? [`${fiveXx} responses with 5xx`] : []),
      ...(reading.timeouts > 0 ? [`${reading.timeouts} reader requests hung past ${STALL_MS / 1000} s`] : []),
      ...stats.flatMap((stat) => stat.failures),
      ...lost,
      ...(stats.some((stat) => stat.saves === 0) ? ['an editor saved nothing'] : []),
      ...(alive === 0 || alive >= 500 ? ['server not answering within 120 s after the run'] : []),
    ];
    for (const failure of failures.slice(0, 20)) console.error(`[load] FAIL ${failure}`);
    log(failures.length === 0 ? 'PASS: no 5xx, no lost save, no hang.' : `FAIL: ${failures.length} problems.`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server?.once('exit', resolve));
    }
    await database.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[load]', error);
    process.exit(1);
  },
);
