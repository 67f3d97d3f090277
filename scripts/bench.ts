import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { measurePageJavaScript } from '../bench/page-javascript.ts';
import { loadSearchQueries } from '../bench/search-query.ts';
import { hashPassword } from '../lib/auth/password.ts';
import { createPrismaClient } from '../lib/database/client.ts';
import { freePort, startEmbeddedDatabase } from '../lib/database/embedded.ts';
import { migrate } from '../lib/database/migrator.ts';
import { processImage } from '../lib/media/image.ts';
import { seedDemoContent } from '../lib/seed/demo-content.ts';
import { seedSyntheticArticles, syntheticArticle } from '../lib/seed/synthetic.ts';
import { LocalDiskStorage } from '../lib/storage/local-disk.ts';
import { benchSearches } from './lib/bench-searches.ts';
import { explainSearchAndAdminList, installLoggingPrisma, tableScans } from './lib/query-plans.ts';
import { productionServerArgs, productionServerEnv } from '../lib/server/command.ts';

// `npm run bench [-- --articles 100000 --duration 10 --skip-build --scenarios search,admin]`: builds, seeds an isolated
// embedded PostgreSQL, starts the production server (lib/server/main.ts), warms it, and drives
// it with autocannon from a separate process (bench/load.ts) on 127.0.0.1. Prints a Markdown
// table and writes bench/results.json. Not part of `npm test`: it measures, it doesn't assert.

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (argv[index + 1] ?? fallback);
};
const ARTICLES = Number(option('articles', '10000'));
const DURATION = Number(option('duration', '10'));
const SKIP_BUILD = argv.includes('--skip-build');
// `--scenarios search,admin`: only the scenarios whose names contain one of these (any case);
// the static file (the ceiling the ratios divide by) always runs.
const ONLY = option('scenarios', '')
  .split(',')
  .map((word) => word.trim().toLowerCase())
  .filter(Boolean);
const log = (line: string) => console.log(`[bench] ${line}`);
const SEARCH_SCENARIO = 'Search (uncached, distinct queries)';

interface LoadResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p95: number; p99: number; max: number };
  requests: number;
  errors: number;
  non2xx: number;
  /** The load generator's own CPU use over the run, in % of one core. */
  clientCpuPercent: number;
}

function load(baseUrl: string, paths: string[], connections: number, headers?: Record<string, string>, durationSeconds = DURATION): LoadResult {
  // Like a browser: ask for gzip (the server stores pages compressed once).
  const scenario = JSON.stringify({ baseUrl, paths, connections, durationSeconds, headers: { 'accept-encoding': 'gzip', ...headers } });
  // On stdin: tens of thousands of paths exceed what one command-line argument may hold.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/load.ts'], { input: scenario, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`bench/load.ts failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as LoadResult;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.`);
    try {
      if ((await fetch(url)).status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`No answer from ${url} within ${timeoutMs} ms.`);
}

async function rssMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/quan-tri`, json: 'true' }),
  });
  keep(response);
  if (![...cookies.keys()].some((name) => name.includes('session-token'))) throw new Error(`Sign-in failed (${response.status}).`);
  return cookieHeader();
}

/** Gzipped JavaScript of one page (bench/page-javascript.ts): scripts, inline data, forbidden libraries. */
async function pageJavaScript(baseUrl: string, pagePath: string) {
  const measured = await measurePageJavaScript(baseUrl, pagePath);
  return { scriptBytes: measured.scriptBytes, files: measured.scripts.length, inlineBytes: measured.inlineBytes, forbidden: measured.forbidden };
}

async function main(): Promise<void> {
  if (!SKIP_BUILD || !existsSync('.next/BUILD_ID')) {
    log('Building…');
    if (spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('next build failed');
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'ccn-bench-'));
  // pg_stat_statements: which statements ran during the search and admin scenarios, and how long.
  const database = await startEmbeddedDatabase({
    dataDir: path.join(workDir, 'pg'),
    persistent: false,
    settings: { shared_preload_libraries: 'pg_stat_statements' },
  });
  let server: ChildProcess | undefined;
  const statsClient = new pg.Client({ connectionString: database.url });
  try {
    await migrate(database.url);
    await statsClient.connect();
    await statsClient.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const prisma = createPrismaClient(database.url, { max: 4 });
    const uploadDir = path.join(workDir, 'uploads');
    const adminPassword = `bench-${randomBytes(9).toString('base64url')}`;
    try {
      await seedDemoContent(prisma);
      const seedStart = performance.now();
      await seedSyntheticArticles(prisma, ARTICLES, 1000);
      log(
        `Seeded ${ARTICLES} articles in ${Math.round((performance.now() - seedStart) / 1000)} s (load average ${os
          .loadavg()
          .map((value) => value.toFixed(1))
          .join(' ')}).`,
      );
      // Cover images (real AVIF/WebP variants from the media pipeline) on the newest articles,
      // videos for the library and the sidebar.
      const storage = new LocalDiskStorage(uploadDir);
      const covers: string[] = [];
      for (let i = 0; i < 12; i += 1) {
        const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 20 * i, g: 120, b: 200 - 10 * i } } })
          .png()
          .toBuffer();
        // The upload pipeline's own encoder (lib/media/image.ts): same variants as a real upload.
        const processed = await processImage(png, 'png');
        const base = `bench/${i}`;
        await storage.put(`${base}.${processed.main.extension}`, processed.main.data);
        const variants = [];
        for (const variant of processed.variants) {
          const key = `${base}-${variant.width}.${variant.format}`;
          await storage.put(key, variant.data);
          variants.push({ width: variant.width, format: variant.format, key, bytes: variant.data.length });
        }
        const media = await prisma.media.create({
          data: {
            storageKey: `${base}.${processed.main.extension}`,
            originalName: `anh-${i}.png`,
            mimeType: processed.main.mimeType,
            byteSize: BigInt(processed.main.data.length),
            width: processed.main.width,
            height: processed.main.height,
            variants,
            altText: `Ảnh minh họa ${i + 1}`,
          },
        });
        covers.push(media.id);
      }
      await prisma.$executeRawUnsafe(
        `UPDATE articles SET cover_media_id = (ARRAY[${covers.map((id) => `'${id}'::uuid`).join(',')}])[1 + (abs(hashtext(id::text)) % ${covers.length})]
         WHERE id IN (SELECT id FROM articles ORDER BY published_at DESC LIMIT 2000)`,
      );
      for (let i = 0; i < 8; i += 1) {
        await prisma.video.create({
          data: {
            title: `Video giới thiệu cụm công nghiệp ${i + 1}`,
            slug: `video-${i + 1}`,
            source: 'YOUTUBE',
            youtubeId: 'aqz-KE-bpKQ',
            published: true,
            publishedAt: new Date(Date.now() - i * 3_600_000),
            thumbnailMediaId: covers[i % covers.length],
          },
        });
      }
      await prisma.user.create({
        data: { email: 'bench-admin@localhost', name: 'Quản trị đo tải', role: 'ADMIN', passwordHash: await hashPassword(adminPassword) },
      });
      await prisma.$executeRawUnsafe('VACUUM ANALYZE');
    } finally {
      await prisma.$disconnect();
    }

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const secret = randomBytes(32).toString('base64url');
    const spawnedAt = performance.now();
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
        UPLOAD_DIR: uploadDir,
        SCHEDULER_INTERVAL_MS: '600000',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitFor(`${baseUrl}/`, server);
    const coldStartMs = Math.round(performance.now() - spawnedAt);
    log(`Cold start to the first 200 on /: ${coldStartMs} ms.`);

    const articlePaths = Array.from(
      { length: Math.min(1000, ARTICLES) },
      (_, i) => `/tin-tuc/${syntheticArticle(Math.floor((i * ARTICLES) / Math.min(1000, ARTICLES))).slug}`,
    );
    const searches = benchSearches();
    // Every URL is new to the page cache (which keeps search pages like any other, keyed by the
    // parameters the page reads); the first 1,875 are also new queries to the data cache, the
    // later rounds repeat them with `round` extra spaces (the same query once normalised).
    const searchPaths = Array.from({ length: 20 }, (_, round) =>
      searches.map(({ query, page }) => `/tim-kiem?q=${encodeURIComponent(query + ' '.repeat(round))}&trang=${page}`),
    ).flat();
    const home = await (await fetch(`${baseUrl}/`)).text();
    const staticPath = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    if (!staticPath) throw new Error('No static chunk found on the home page.');
    const cookie = await signIn(baseUrl, 'bench-admin@localhost', adminPassword);
    const adminHeaders = { cookie };

    log('Warming…');
    for (const warmPath of ['/', '/tin-tuc?trang=50', '/rss.xml', staticPath, ...articlePaths]) await fetch(`${baseUrl}${warmPath}`);
    load(baseUrl, ['/', ...articlePaths], 16, undefined, 3);

    const scenarios: { name: string; paths: string[]; connections: number; headers?: Record<string, string>; percentile: 'p99' | 'p95' }[] = [
      { name: 'Static file (ceiling)', paths: [staticPath], connections: 32, percentile: 'p99' },
      { name: 'Home /', paths: ['/'], connections: 32, percentile: 'p99' },
      { name: 'Article /tin-tuc/[slug] ×1000', paths: articlePaths, connections: 32, percentile: 'p99' },
      { name: 'List /tin-tuc?trang=50', paths: ['/tin-tuc?trang=50'], connections: 32, percentile: 'p99' },
      { name: SEARCH_SCENARIO, paths: searchPaths, connections: 8, percentile: 'p95' },
      { name: 'RSS /rss.xml', paths: ['/rss.xml'], connections: 32, percentile: 'p99' },
      { name: 'Admin list, page 1 (signed in)', paths: ['/quan-tri/tin-tuc'], connections: 4, headers: adminHeaders, percentile: 'p95' },
      {
        name: 'Admin list, filtered (signed in)',
        paths: ['/quan-tri/tin-tuc?trangThai=PUBLISHED&q=cong%20nghiep&trang=3'],
        connections: 4,
        headers: adminHeaders,
        percentile: 'p95',
      },
    ];
    const results: (LoadResult & { name: string; connections: number; percentile: string; ratio: number; loadAverage: number })[] = [];
    // What the database did during the search and admin scenarios: sequential scans of the tables
    // they read (issue 7: none) and the costliest statements (pg_stat_statements).
    const database_: Record<
      string,
      { scans: Record<string, { seq: number; index: number }>; statements: { calls: number; meanMs: number; totalMs: number; query: string }[] }
    > = {};
    const statsSettle = () => new Promise((resolve) => setTimeout(resolve, 11_000)); // idle backends report within 10 s
    let ceiling = 0;
    for (const scenario of scenarios.filter(
      (candidate, index) => index === 0 || ONLY.length === 0 || ONLY.some((word) => candidate.name.toLowerCase().includes(word)),
    )) {
      log(`${scenario.name} (${scenario.connections} connections, ${DURATION} s, load average ${os.loadavg()[0]!.toFixed(1)})…`);
      const watched = /search|admin/i.test(scenario.name);
      let scansBefore: Awaited<ReturnType<typeof tableScans>> = {};
      if (watched) {
        await statsSettle();
        scansBefore = await tableScans(statsClient);
        await statsClient.query('SELECT pg_stat_statements_reset()');
      }
      const loadAverage = os.loadavg()[0]!;
      const result = load(baseUrl, scenario.paths, scenario.connections, scenario.headers);
      if (ceiling === 0) ceiling = result.requestsPerSecond;
      results.push({
        ...result,
        name: scenario.name,
        connections: scenario.connections,
        percentile: scenario.percentile,
        ratio: Math.round((result.requestsPerSecond / ceiling) * 1000) / 10,
        loadAverage: Math.round(Math.max(loadAverage, os.loadavg()[0]!) * 10) / 10,
      });
      if (watched) {
        await statsSettle();
        const scansAfter = await tableScans(statsClient);
        const top = await statsClient.query<{ calls: string; mean: number; total: number; query: string }>(
          `SELECT calls, mean_exec_time + mean_plan_time AS mean, total_exec_time + total_plan_time AS total, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query
             FROM pg_stat_statements WHERE query !~* 'pg_stat|pg_catalog|^(BEGIN|COMMIT|SET|SHOW|DEALLOCATE)' ORDER BY total DESC LIMIT 6`,
        );
        database_[scenario.name] = {
          scans: Object.fromEntries(
            Object.entries(scansAfter).map(([table, after]) => [
              table,
              { seq: after.seq - (scansBefore[table]?.seq ?? 0), index: after.index - (scansBefore[table]?.index ?? 0) },
            ]),
          ),
          statements: top.rows.map((row) => ({
            calls: Number(row.calls),
            meanMs: Math.round(row.mean * 100) / 100,
            totalMs: Math.round(row.total),
            query: row.query,
          })),
        };
      }
    }

    // The same searches at the data layer alone: the search's SQL at 8 concurrent callers.
    const searchQuery = results.some((result) => result.name === SEARCH_SCENARIO) ? await loadSearchQueries(database.url, searches, 8, DURATION) : undefined;

    // Publish → visible on the home page: a due scheduled article published by the scheduler's
    // endpoint (the same invalidatePublicContent path as the editor's publish button).
    const publishPrisma = createPrismaClient(database.url, { max: 1 });
    const title = `Bài đo thời gian xuất bản ${Date.now()}`;
    try {
      const author = await publishPrisma.user.findFirstOrThrow({ where: { email: 'bench-admin@localhost' } });
      await publishPrisma.article.create({
        data: {
          title,
          slug: `bai-do-xuat-ban-${Date.now()}`,
          body: { type: 'doc', content: [] },
          bodyHtml: '',
          bodyText: '',
          status: 'SCHEDULED',
          publishedAt: new Date(Date.now() - 1000),
          authorId: author.id,
        },
      });
    } finally {
      await publishPrisma.$disconnect();
    }
    const token = createHmac('sha256', secret).update('ccn-scheduler-v1').digest('hex');
    const publishStart = performance.now();
    await fetch(`${baseUrl}/api/lich-dang-bai`, { method: 'POST', headers: { 'x-scheduler-token': token } });
    while (!(await (await fetch(`${baseUrl}/`)).text()).includes(title)) {
      if (performance.now() - publishStart > 30_000) throw new Error('The published article did not appear on the home page within 30 s.');
    }
    const publishToVisibleMs = Math.round(performance.now() - publishStart);

    // Query plans of the search and admin list queries, as the app sends them (EXPLAIN ANALYZE).
    const { captured, client: logging } = installLoggingPrisma(database.url);
    const plans: Record<string, string> = {};
    try {
      for (const { title: name, plan } of await explainSearchAndAdminList(database.url, captured)) plans[name] = plan;
    } finally {
      await logging.$disconnect();
    }

    const javascript = {
      home: await pageJavaScript(baseUrl, '/'),
      article: await pageJavaScript(baseUrl, articlePaths[0]!),
    };
    const rss = await rssMegabytes(server.pid!);
    // And again once the load has been over for a while: what V8 gives back when idle.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const rssIdle = await rssMegabytes(server.pid!);
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
    const output = {
      date: new Date().toISOString(),
      machine,
      articles: ARTICLES,
      durationSeconds: DURATION,
      coldStartMs,
      publishToVisibleMs,
      serverRssMb: rss,
      serverRssIdleMb: rssIdle,
      searchQuery,
      javascriptGzipBytes: javascript,
      scenarios: results,
      database: database_,
      plans,
    };
    await writeFile('bench/results.json', `${JSON.stringify(output, null, 2)}\n`);

    const lines = [
      `Machine: ${machine}. Articles: ${ARTICLES}. ${DURATION} s per scenario, autocannon in a separate process on 127.0.0.1.`,
      '',
      '| Scenario | Conn. | Req/s | p50 ms | p90 ms | p95 ms | p99 ms | Errors / non-2xx | % of static | Load avg. | Client CPU |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.connections} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.errors} / ${r.non2xx} | ${r.ratio}% | ${r.loadAverage} | ${r.clientCpuPercent}% |`,
      ),
      '',
      ...(searchQuery
        ? [
            `- Search SQL alone (the same searches, 8 concurrent callers, no cache): ${searchQuery.queriesPerSecond} queries/s, p50 ${searchQuery.latencyMs.p50} ms, p95 ${searchQuery.latencyMs.p95} ms, p99 ${searchQuery.latencyMs.p99} ms`,
          ]
        : []),
      `- Cold start (spawn → first 200 on /): ${coldStartMs} ms`,
      `- Publish → visible on the home page: ${publishToVisibleMs} ms`,
      `- Server RSS after the run: ${rss} MB (${rssIdle} MB after 30 s idle)`,
      `- JavaScript, gzipped (scripts a module browser loads; inline flight data apart): home ${javascript.home.scriptBytes} B (${javascript.home.files} files) + ${javascript.home.inlineBytes} B inline, article ${javascript.article.scriptBytes} B (${javascript.article.files} files) + ${javascript.article.inlineBytes} B inline; editor/zod/next-auth code on public pages: ${[...new Set([...javascript.home.forbidden, ...javascript.article.forbidden])].join(', ') || 'none'}`,
    ];
    for (const [name, seen] of Object.entries(database_)) {
      lines.push(
        `- During "${name}": ${Object.entries(seen.scans)
          .map(([table, scans]) => `${table} ${scans.seq} sequential / ${scans.index} index scans`)
          .join(', ')}; costliest statements:`,
      );
      for (const statement of seen.statements) lines.push(`  - ${statement.calls} calls, mean ${statement.meanMs} ms: \`${statement.query}\``);
    }
    console.log(`\n${lines.join('\n')}\n`);
    for (const [name, plan] of Object.entries(plans)) console.log(`EXPLAIN ANALYZE — ${name}:\n${plan}\n`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server?.once('exit', resolve));
    }
    await statsClient.end().catch(() => {});
    await database.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

if (argv.includes('--soak')) {
  // `npm run bench -- --soak [--minutes N …]`: the memory soak (scripts/soak.ts) instead.
  const soak = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/soak.ts', ...argv.filter((arg) => arg !== '--soak')], {
    stdio: 'inherit',
  });
  process.exit(soak.status ?? 1);
} else {
  main().catch((error: unknown) => {
    console.error('[bench]', error);
    process.exit(1);
  });
}
