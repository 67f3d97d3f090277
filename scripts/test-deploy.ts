import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startInstance, startRedis } from '../e2e/fixtures/instances.ts';
import { hashPassword } from '../lib/auth/password.ts';
import { createPrismaClient } from '../lib/database/client.ts';
import { EmbeddedDatabaseError, freePort, startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/database/embedded.ts';
import { migrate } from '../lib/database/migrator.ts';
import { seedDemoContent } from '../lib/seed/demo-content.ts';
import { findExecutable } from './lib/executables.ts';

// `npm run test:deploy [-- --if-nginx]`: the production topology of deploy/ tested here.
// Debian's nginx with deploy/nginx/ccn-portal.conf (only addresses, ports and paths swapped, on
// the lines marked "TEST:") and a self-signed certificate, in front of two production instances
// (the e2e multi-instance fixture) on one PostgreSQL and one Redis. Checks: HTTPS only, HTTP/2,
// Secure cookies, the client IP through TRUST_PROXY, cache headers through nginx, a publish on
// one instance visible through nginx within 1 s, and one instance killed mid-load with every
// reader answered and no acknowledged save lost. `--if-nginx`: skip (exit 0) without nginx, as
// `npm test` does. Uses the last `next build` (`npm test` has just made one), or builds.

const log = (line: string) => console.log(`[deploy] ${line}`);
const ROOT = path.resolve(import.meta.dirname, '..');
const SITE_FILE = path.join(ROOT, 'deploy', 'nginx', 'ccn-portal.conf');
const BROTLI_FILE = path.join(ROOT, 'deploy', 'nginx', 'ccn-portal-brotli.conf');
const BROTLI_MODULES = ['/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so', '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'];
const PUBLISH_VISIBLE_MS = 1_000;
const LOAD_MS = 8_000;
const READERS = 12;
const EDITORS = 2;

class CheckFailed extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTPS request through nginx, trusting only the test's own certificate. */
function makeClient(baseUrl: string, ca: string) {
  const agent = new https.Agent({ ca, keepAlive: true, maxSockets: 64 });
  return (pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const request = https.request(new URL(pathname, baseUrl), { agent, method: options.method ?? 'GET', headers: options.headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      request.setTimeout(options.timeoutMs ?? 30_000, () => request.destroy(new Error(`no answer within ${options.timeoutMs ?? 30_000} ms`)));
      request.on('error', reject);
      request.end(options.body);
    });
}

function setCookies(answer: Answer): string[] {
  const value = answer.headers['set-cookie'];
  return Array.isArray(value) ? value : value ? [value] : [];
}

function cookieHeader(lines: string[]): string {
  return lines.map((line) => line.split(';')[0]).join('; ');
}

function runOrFail(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} failed: ${(result.stderr || result.stdout).trim()}`);
}

/** deploy/nginx/ccn-portal.conf with each "# TEST: tag" line replaced (null: dropped). Every tag must be there. */
function renderSite(replacements: Record<string, string | null>): string {
  const seen = new Set<string>();
  const lines = readFileSync(SITE_FILE, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const tag = /# TEST: (.+)$/.exec(line)?.[1]?.trim();
      if (!tag) return [line];
      check(tag in replacements, `deploy/nginx/ccn-portal.conf: the test does not know the line tagged "${tag}"`);
      seen.add(tag);
      const replacement = replacements[tag];
      return replacement === null ? [] : [`${line.match(/^\s*/)?.[0] ?? ''}${replacement}`];
    });
  const missing = Object.keys(replacements).filter((tag) => !seen.has(tag));
  check(missing.length === 0, `deploy/nginx/ccn-portal.conf: no line tagged ${missing.join(', ')}`);
  return lines.join('\n');
}

async function waitForHttps(get: ReturnType<typeof makeClient>, nginx: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with code ${nginx.exitCode}: ${output()}`);
    if ((await get('/api/health').catch(() => null))?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer within 20 s: ${output()}`);
}

function actionIdOf(exportedName: string, filename: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`${exportedName} is not in the build`);
  return id;
}

interface SaveResult {
  ok?: boolean;
  id?: string;
  version?: number;
  conflict?: unknown;
  message?: string;
}

/** The action's ActionResult (`{ ok, message, data: { id, version, … } }`), flattened. */
function parseActionAnswer(body: string): SaveResult | null {
  const line = body.split('\n').find((entry) => entry.startsWith('1:'));
  if (!line) return null;
  const answer = JSON.parse(line.slice(2)) as SaveResult & { data?: SaveResult };
  return { ...answer, ...answer.data };
}

function articleInput(title: string, slug: string, intent: 'save' | 'publish', extra: { id?: string; version?: number } = {}) {
  return {
    ...extra,
    title,
    slug,
    summary: `Tóm tắt ${title}`,
    categoryId: '',
    coverMediaId: '',
    byline: '',
    intent,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Nội dung ${title}` }] }] },
  };
}

async function main(): Promise<number> {
  const ifNginx = process.argv.includes('--if-nginx');
  const nginxBinary = findExecutable('nginx', [process.env.NGINX_PATH]);
  if (!nginxBinary) {
    if (ifNginx) {
      log('nginx is not installed: the production topology test is skipped (`npm run test:prerequisites` installs it as root).');
      return 0;
    }
    console.error('[deploy] nginx is not installed: `sudo apt-get install -y nginx` (or `npm run test:prerequisites` as root), or set NGINX_PATH.');
    return 1;
  }
  const openssl = findExecutable('openssl');
  if (!openssl) {
    console.error('[deploy] openssl is not installed (it makes the test certificate): `sudo apt-get install -y openssl`.');
    return 1;
  }
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    log('No build: building…');
    if (spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', cwd: ROOT }).status !== 0) return 1;
  }
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'ccn-deploy-'));
  const cleanups: (() => Promise<unknown>)[] = [];
  const results: { name: string; error?: string }[] = [];
  try {
    // --- One PostgreSQL, one Redis ---------------------------------------------------------
    let serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      const embedded: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir: path.join(work, 'pg'), persistent: false });
      cleanups.unshift(() => embedded.stop());
      serverUrl = embedded.url;
    }
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS "ccn_deploy" WITH (FORCE)');
    await admin.query('CREATE DATABASE "ccn_deploy"');
    await admin.end();
    const databaseUrl = Object.assign(new URL(serverUrl), { pathname: '/ccn_deploy' }).toString();
    await migrate(databaseUrl);
    const editor = { email: 'editor@deploy.test', password: `deploy-${randomBytes(9).toString('base64url')}` };
    const prisma = createPrismaClient(databaseUrl, { max: 2 });
    try {
      await seedDemoContent(prisma);
      await prisma.user.create({
        data: { email: editor.email, name: 'Biên tập triển khai', role: 'EDITOR', passwordHash: await hashPassword(editor.password) },
      });
    } finally {
      await prisma.$disconnect();
    }
    const redis = await startRedis();
    cleanups.unshift(() => redis.stop());

    // --- Two production instances, as the systemd units run them ----------------------------
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    const siteUrl = `https://127.0.0.1:${httpsPort}`;
    const uploads = path.join(work, 'uploads');
    await mkdir(uploads, { recursive: true });
    const shared = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      SITE_URL: siteUrl,
      NEXTAUTH_URL: siteUrl,
      TRUST_PROXY: 'true',
      UPLOAD_DIR: uploads,
      PAGE_CACHE_MAX_AGE_SECONDS: '600',
    };
    const [a, b] = await Promise.all([startInstance(shared), startInstance(shared)]);
    cleanups.unshift(() => Promise.all([a.stop(), b.stop()]));
    log(`Two instances ready (${a.url}, ${b.url}) after ${Date.now() - started} ms.`);

    // --- nginx with the site from deploy/, a self-signed certificate -------------------------
    const nginxDir = path.join(work, 'nginx');
    await mkdir(path.join(nginxDir, 'snippets'), { recursive: true });
    for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'cache']) await mkdir(path.join(nginxDir, dir));
    runOrFail(
      openssl,
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        path.join(nginxDir, 'key.pem'),
        '-out',
        path.join(nginxDir, 'cert.pem'),
      ],
      'openssl req',
    );
    const ca = await readFile(path.join(nginxDir, 'cert.pem'), 'utf8');
    const brotli = BROTLI_MODULES.every((file) => existsSync(file));
    if (brotli) await cp(BROTLI_FILE, path.join(nginxDir, 'snippets', 'ccn-portal-brotli.conf'));
    const site = renderSite({
      path: `proxy_cache_path ${path.join(nginxDir, 'cache')} levels=1:2 keys_zone=ccn_portal:20m max_size=1g inactive=10m use_temp_path=off;`,
      'instance A': `server ${new URL(a.url).host} max_fails=2 fail_timeout=10s;`,
      'instance B': `server ${new URL(b.url).host} max_fails=2 fail_timeout=10s;`,
      http: `listen 127.0.0.1:${httpPort};`,
      http6: null,
      https: `listen 127.0.0.1:${httpsPort} ssl http2;`,
      https6: null,
      name: 'server_name 127.0.0.1 localhost;',
      certificate: `ssl_certificate ${path.join(nginxDir, 'cert.pem')};`,
      key: `ssl_certificate_key ${path.join(nginxDir, 'key.pem')};`,
      'access log': `access_log ${path.join(nginxDir, 'access.log')};`,
      'error log': `error_log ${path.join(nginxDir, 'error.log')} warn;`,
      static: `alias ${path.join(ROOT, '.next', 'static')}/;`,
    });
    await writeFile(path.join(nginxDir, 'ccn-portal.conf'), site);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    await writeFile(
      path.join(nginxDir, 'nginx.conf'),
      [
        // As root, workers must read the build and write the cache in this private folder.
        isRoot ? 'user root;' : '',
        'worker_processes 1;',
        `pid ${path.join(nginxDir, 'nginx.pid')};`,
        `error_log ${path.join(nginxDir, 'error.log')} warn;`,
        ...(brotli ? BROTLI_MODULES.map((file) => `load_module ${file};`) : []),
        'events { worker_connections 1024; }',
        'http {',
        existsSync('/etc/nginx/mime.types') ? '  include /etc/nginx/mime.types;' : '  types { text/html html; text/css css; application/javascript js; }',
        '  default_type application/octet-stream;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (kind) => `  ${kind}_temp_path ${path.join(nginxDir, kind === 'client_body' ? 'body' : kind)};`,
        ),
        `  access_log ${path.join(nginxDir, 'access.log')};`,
        `  include ${path.join(nginxDir, 'ccn-portal.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    const nginxArgs = ['-p', `${nginxDir}/`, '-c', path.join(nginxDir, 'nginx.conf')];
    runOrFail(nginxBinary, ['-t', '-q', ...nginxArgs], 'nginx -t');
    const nginx = spawn(nginxBinary, [...nginxArgs, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let nginxOutput = '';
    nginx.stderr.on('data', (chunk: Buffer) => (nginxOutput = (nginxOutput + chunk.toString()).slice(-5_000)));
    cleanups.unshift(async () => {
      if (nginx.exitCode !== null) return;
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    });
    const get = makeClient(siteUrl, ca);
    await waitForHttps(get, nginx, () => nginxOutput);
    log(`nginx ${brotli ? 'with' : 'without'} Brotli on https 127.0.0.1:${httpsPort} and http :${httpPort} after ${Date.now() - started} ms.`);

    const run = async (name: string, body: () => Promise<void>) => {
      try {
        await body();
        results.push({ name });
        log(`ok   ${name}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results.push({ name, error: message });
        log(`FAIL ${name}: ${message}`);
      }
    };

    // --- Checks --------------------------------------------------------------------------
    await run('HTTP redirects to HTTPS; HTTPS speaks HTTP/2 with HSTS', async () => {
      const redirect = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http.get(`http://127.0.0.1:${httpPort}/tin-tuc?trang=2`, resolve).on('error', reject),
      );
      redirect.resume();
      check(redirect.statusCode === 301, `http answered ${redirect.statusCode}, expected 301`);
      check(/^https:\/\/127\.0\.0\.1\/tin-tuc\?trang=2$/.test(redirect.headers.location ?? ''), `redirect to ${redirect.headers.location}`);
      const session = http2.connect(siteUrl, { ca });
      try {
        const headers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
          const stream = session.request({ ':path': '/' });
          stream.on('response', (responseHeaders) => {
            stream.resume();
            resolve(responseHeaders);
          });
          stream.on('error', reject);
          stream.end();
        });
        check(Number(headers[':status']) === 200, `HTTP/2 GET / answered ${headers[':status']}`);
        check(String(headers['strict-transport-security'] ?? '').includes('max-age='), 'no Strict-Transport-Security on HTTPS');
      } finally {
        session.close();
      }
    });

    let staffCookie = '';
    await run('cookies are Secure; the client IP is the one nginx saw (TRUST_PROXY)', async () => {
      const csrf = await get('/api/auth/csrf');
      const csrfCookies = setCookies(csrf);
      check(csrfCookies.length > 0, 'no cookie from /api/auth/csrf');
      for (const line of csrfCookies)
        check(/;\s*secure/i.test(line) && /^__(Host|Secure)-/.test(line), `cookie without Secure or its prefix: ${line.split(';')[0]}`);
      const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
      const signIn = await get('/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(csrfCookies), 'x-forwarded-for': '203.0.113.77' },
        body: new URLSearchParams({ csrfToken, email: editor.email, password: editor.password, json: 'true' }).toString(),
      });
      const session = setCookies(signIn).find((line) => line.startsWith('__Secure-next-auth.session-token='));
      check(session, `no __Secure- session cookie after sign-in (HTTP ${signIn.status})`);
      check(/;\s*secure/i.test(session) && /;\s*httponly/i.test(session), `session cookie flags: ${session.split(';').slice(1).join(';')}`);
      staffCookie = cookieHeader([session]);
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ ip: string }>('SELECT ip FROM sign_in_attempts WHERE email = $1 ORDER BY created_at DESC LIMIT 1', [
          editor.email,
        ]);
        check(rows[0]?.ip === '127.0.0.1', `sign-in recorded from ${rows[0]?.ip ?? 'nowhere'}, expected 127.0.0.1 (the spoofed 203.0.113.77 must be ignored)`);
      } finally {
        await client.end();
      }
    });

    await run('cache headers through nginx', async () => {
      const home = await get('/');
      check(home.status === 200, `GET / answered ${home.status}`);
      const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(home.body)?.[0];
      check(asset, 'no /_next/static script in the home page');
      const staticAnswer = await get(asset, { headers: { 'accept-encoding': 'br, gzip' } });
      check(staticAnswer.status === 200, `${asset} answered ${staticAnswer.status}`);
      check(/immutable/.test(String(staticAnswer.headers['cache-control'])), `static Cache-Control: ${staticAnswer.headers['cache-control']}`);
      const encoding = staticAnswer.headers['content-encoding'];
      check(encoding === (brotli ? 'br' : 'gzip'), `static file Content-Encoding ${encoding}, expected ${brotli ? 'br' : 'gzip'}`);
      // A public page: the app's Cache-Control passes unchanged; stored for a second only when the app allows it.
      const first = await get('/tin-tuc');
      const second = await get('/tin-tuc');
      const appPolicy = String(first.headers['cache-control'] ?? '');
      check(String(second.headers['cache-control'] ?? '') === appPolicy, 'Cache-Control changed between two answers');
      const storable = !/private|no-store|no-cache/i.test(appPolicy);
      check(
        (second.headers['x-cache-status'] === 'HIT') === storable,
        `public page Cache-Control "${appPolicy}", second answer ${second.headers['x-cache-status']}`,
      );
      // Staff pages and anything with a session cookie always reach the app.
      for (const pathname of ['/', '/quan-tri']) {
        const answers = [await get(pathname, { headers: { cookie: staffCookie } }), await get(pathname, { headers: { cookie: staffCookie } })];
        for (const answer of answers)
          check(answer.headers['x-cache-status'] === 'BYPASS', `${pathname} with a session: X-Cache-Status ${answer.headers['x-cache-status']}`);
      }
      const signInPage = [await get('/dang-nhap'), await get('/dang-nhap')];
      check(
        /private|no-store|no-cache/.test(String(signInPage[0]?.headers['cache-control'])),
        `/dang-nhap Cache-Control ${signInPage[0]?.headers['cache-control']}`,
      );
      check(signInPage[1]?.headers['x-cache-status'] !== 'HIT', "/dang-nhap was answered from nginx's cache");
      const health = await get('/api/health');
      check(health.status === 200 && JSON.parse(health.body).redis === 'up', `/api/health: ${health.status} ${health.body}`);
    });

    const saveAction = actionIdOf('saveArticleAction', 'lib/actions/articles.ts');
    const save = async (baseUrl: string, via: typeof get | null, input: object): Promise<{ status: number; result: SaveResult | null }> => {
      const headers = {
        'next-action': saveAction,
        'content-type': 'text/plain;charset=UTF-8',
        accept: 'text/x-component',
        origin: baseUrl,
        cookie: staffCookie,
      };
      const body = JSON.stringify([{ ok: false }, input]);
      if (via) {
        const answer = await via('/quan-tri/tin-tuc/moi', { method: 'POST', headers, body });
        return { status: answer.status, result: answer.status < 500 ? parseActionAnswer(answer.body) : null };
      }
      const response = await fetch(`${baseUrl}/quan-tri/tin-tuc/moi`, { method: 'POST', headers, body });
      const text = await response.text();
      return { status: response.status, result: response.status < 500 ? parseActionAnswer(text) : null };
    };

    await run(`a publish on one instance is visible through nginx within ${PUBLISH_VISIBLE_MS} ms`, async () => {
      check(staffCookie, 'no session (the sign-in check failed)');
      // nginx and both instances hold the home page.
      for (let i = 0; i < 4; i += 1) await get('/');
      const title = `Bài triển khai ${randomBytes(4).toString('hex')}`;
      const published = await save(a.url, null, articleInput(title, `bai-trien-khai-${randomBytes(4).toString('hex')}`, 'publish'));
      const publishedAt = Date.now();
      check(published.result?.ok, `publish on instance A: HTTP ${published.status} ${JSON.stringify(published.result)}`);
      let visibleAfter = -1;
      while (Date.now() - publishedAt < 10_000) {
        if ((await get('/')).body.includes(title)) {
          visibleAfter = Date.now() - publishedAt;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      log(`     visible through nginx ${visibleAfter} ms after the publish answered on A`);
      check(visibleAfter >= 0 && visibleAfter <= PUBLISH_VISIBLE_MS, `visible after ${visibleAfter} ms`);
      // Every instance behind nginx shows it from then on.
      for (let i = 0; i < 4; i += 1) check((await get('/')).body.includes(title), 'a later read through nginx lost the article');
    });

    await run('one instance killed mid-load: every reader answered, no acknowledged save lost', async () => {
      check(staffCookie, 'no session (the sign-in check failed)');
      const readerPaths = ['/', '/tin-tuc', '/rss.xml', '/thu-vien-video', '/tim-kiem?q=c%C3%B4ng+nghi%E1%BB%87p', '/api/health'];
      const editors = await Promise.all(
        Array.from({ length: EDITORS }, async (_, index) => {
          const slug = `bai-tai-${index}-${randomBytes(3).toString('hex')}`;
          const created = await save(siteUrl, get, articleInput(`Bài tải ${index} lần 0`, slug, 'save'));
          check(created.result?.ok && created.result.id && typeof created.result.version === 'number', `creating the editor's article: HTTP ${created.status}`);
          return {
            slug,
            id: created.result.id,
            version: created.result.version,
            acknowledged: { version: created.result.version, title: `Bài tải ${index} lần 0` },
            saves: 0,
            unanswered: 0,
          };
        }),
      );
      const readerFailures: string[] = [];
      let reads = 0;
      const until = Date.now() + LOAD_MS;
      const readerLoop = async (offset: number) => {
        for (let n = offset; Date.now() < until; n += 1) {
          const pathname = readerPaths[n % readerPaths.length] ?? '/';
          const answer = await get(pathname, { timeoutMs: 20_000 }).catch((error: unknown) => ({ status: 0, body: String(error), headers: {} }));
          reads += 1;
          if (answer.status !== 200) readerFailures.push(`${pathname}: ${answer.status} ${answer.body.slice(0, 80)}`);
        }
      };
      const database = new pg.Client({ connectionString: databaseUrl });
      await database.connect();
      const editorLoop = async (editorState: (typeof editors)[number], index: number) => {
        for (let n = 1; Date.now() < until; n += 1) {
          const title = `Bài tải ${index} lần ${n}`;
          const answer = await save(siteUrl, get, articleInput(title, editorState.slug, 'save', { id: editorState.id, version: editorState.version })).catch(
            () => ({ status: 0, result: null }),
          );
          if (answer.result?.ok && typeof answer.result.version === 'number') {
            editorState.version = answer.result.version;
            editorState.acknowledged = { version: answer.result.version, title };
            editorState.saves += 1;
          } else {
            // Not acknowledged (the instance died under it): like an editor reloading the form.
            editorState.unanswered += 1;
            const { rows } = await database.query<{ version: number }>('SELECT version FROM articles WHERE id = $1', [editorState.id]);
            editorState.version = rows[0]?.version ?? editorState.version;
          }
        }
      };
      const killer = (async () => {
        await new Promise((resolve) => setTimeout(resolve, LOAD_MS / 3));
        await b.kill();
        log('     instance B killed (SIGKILL)');
      })();
      await Promise.all([...Array.from({ length: READERS }, (_, i) => readerLoop(i)), ...editors.map((state, index) => editorLoop(state, index)), killer]);
      try {
        for (const state of editors) {
          const { rows } = await database.query<{ version: number; title: string }>('SELECT version, title FROM articles WHERE id = $1', [state.id]);
          const row = rows[0];
          check(
            row && row.version >= state.acknowledged.version,
            `article ${state.slug}: version ${row?.version} in the database, ${state.acknowledged.version} acknowledged`,
          );
          if (row.version === state.acknowledged.version)
            check(row.title === state.acknowledged.title, `article ${state.slug}: "${row.title}" in the database, "${state.acknowledged.title}" acknowledged`);
        }
      } finally {
        await database.end();
      }
      const saves = editors.reduce((sum, state) => sum + state.saves, 0);
      const unanswered = editors.reduce((sum, state) => sum + state.unanswered, 0);
      log(`     ${reads} reads (${readerFailures.length} not 200), ${saves} saves acknowledged, ${unanswered} not acknowledged`);
      check(readerFailures.length === 0, `readers not answered: ${readerFailures.slice(0, 3).join('; ')}`);
      check(saves >= EDITORS * 3, `only ${saves} saves in ${LOAD_MS} ms`);
    });
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error('[deploy] clean-up:', error));
    await rm(work, { recursive: true, force: true });
  }
  const failed = results.filter((result) => result.error).length;
  log(`${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return failed === 0 && results.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[deploy]', error instanceof EmbeddedDatabaseError || error instanceof CheckFailed ? error.message : error);
    process.exit(1);
  },
);
