import { envSchema } from '@/lib/config/env';
import { schedulerToken } from './token';

// The one scheduling mechanism: publishes scheduled articles when their time comes, with no cron
// for anyone to set up. Every instance posts to its own /api/lich-dang-bai on an interval; the
// work there is one atomic `UPDATE … WHERE status = 'SCHEDULED' AND published_at <= now()
// RETURNING`, so any number of instances (and overlapping ticks) are safe, and the route then
// expires the caches of what it flipped. It goes through HTTP because expiring cache tags needs a
// request context. Readers only ever see PUBLISHED rows (lib/data/articles.ts, publishedNow).

const DEFAULT_INTERVAL_MS = 20_000;
const globalForScheduler = globalThis as unknown as { ccnScheduler?: ReturnType<typeof setInterval> };

/**
 * This instance's own address, from the project's configuration (PORT, HOSTNAME): a wildcard
 * listening address is reached on the loopback interface.
 */
export function schedulerOrigin(source: Record<string, string | undefined> = process.env): string {
  const { PORT, HOSTNAME } = envSchema.pick({ PORT: true, HOSTNAME: true }).parse(source);
  const host = HOSTNAME === '0.0.0.0' || HOSTNAME === '::' ? '127.0.0.1' : HOSTNAME;
  return `http://${host.includes(':') ? `[${host}]` : host}:${PORT}`;
}

async function tick(origin: string): Promise<void> {
  const token = schedulerToken();
  if (!token) return;
  try {
    await fetch(new URL('/api/lich-dang-bai', origin), { method: 'POST', headers: { 'x-scheduler-token': token }, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    console.warn('[scheduler] tick failed:', error instanceof Error ? error.message : error);
  }
}

export function startScheduler(): void {
  if (globalForScheduler.ccnScheduler) return;
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS ?? DEFAULT_INTERVAL_MS);
  if (!Number.isFinite(interval) || interval <= 0) return;
  const origin = schedulerOrigin();
  globalForScheduler.ccnScheduler = setInterval(() => void tick(origin), interval);
  globalForScheduler.ccnScheduler.unref();
}
