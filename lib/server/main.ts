// First: memory settings that must precede every other module (see the file).
import './runtime-memory.ts';
import { EnvError, parseEnv } from '../config/env.ts';
import { runShutdownHooks } from '../citizens/shutdown-hooks.ts';
import { startAppServer } from './app-server.ts';
import { tellNextItsOrigin } from './framework-contract.ts';

// Entry point of the production server (`npm start` spawns it through scripts/serve.ts; the e2e
// runner and the benchmark start it directly): `node lib/server/main.ts [--dev]` (Node 24 strips the types).
// Configuration comes from the environment (README, "Configuration").

const dev = process.argv.includes('--dev');
let env: ReturnType<typeof parseEnv>;
try {
  env = parseEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`[server] ${error.message}`);
  process.exit(1);
}
const port = env.PORT;
const hostname = env.HOSTNAME;
const startedAt = performance.now();

const server = await startAppServer({
  dir: process.cwd(),
  dev,
  hostname,
  port,
  siteUrl: process.env.SITE_URL,
  databaseUrl: process.env.DATABASE_URL,
  pageCacheMaxBytes: env.PAGE_CACHE_MAX_MB * 1024 * 1024,
  pageCacheMaxAgeMs: env.PAGE_CACHE_MAX_AGE_SECONDS * 1000,
  slowRequestMs: env.SLOW_REQUEST_MS,
  renderConcurrency: env.RENDER_CONCURRENCY,
  sharedCache: { sharedMaxAgeSeconds: env.SHARED_CACHE_MAX_AGE_SECONDS, staleWhileRevalidateSeconds: env.SHARED_CACHE_STALE_SECONDS },
  trustProxy: env.TRUST_PROXY,
});
console.log(
  `[server] Ready on ${server.url} in ${Math.round(performance.now() - startedAt)} ms (${dev ? 'development' : 'production'}, Node.js ${process.version}).`,
);

// Its own address, as `next start` sets it (a framework internal: see framework-contract.ts).
const selfHost = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
const address = server.server.address();
const listeningPort = typeof address === 'object' && address ? address.port : port;
tellNextItsOrigin(`http://${selfHost.includes(':') ? `[${selfHost}]` : selfHost}:${listeningPort}`);

// `kill -USR2 <pid>`: one line of where the memory is (npm run soak asks at every sample).
process.on('SIGUSR2', () => {
  const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
  const usage = process.memoryUsage();
  console.log(
    `[server] Memory: rss ${mb(usage.rss)}, V8 heap ${mb(usage.heapUsed)} used of ${mb(usage.heapTotal)}, external ${mb(usage.external)} (array buffers ${mb(usage.arrayBuffers)}); page cache ${server.pageCache.size} pages, ${mb(server.pageCache.totalBytes)}.`,
  );
});

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`[server] ${signal}: no new connections; finishing requests in flight.`);
  try {
    await server.close();
    // Buffered writes (page views) go out before the pools close.
    await runShutdownHooks();
    const prisma = (globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } }).prisma;
    await prisma?.$disconnect();
  } catch (error) {
    console.error('[server] Unclean stop:', error);
    process.exit(1);
  }
  console.log('[server] Stopped.');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
