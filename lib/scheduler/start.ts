import { envSchema } from '@/lib/config/env';
import { schedulerToken } from './token';

// The one scheduling mechanism: publishes scheduled articles when their time comes, with no cron
// for anyone to set up. Every instance posts to its own /api/lich-dang-bai on an interval; the
// work there is one atomic `UPDATE … WHERE status = 'SCHEDULED' AND published_at <= now()
// RETURNING`, so any number of instances (and overlapping ticks) are safe, and the route then
// expires the caches of what it flipped. It goes through HTTP because expiring cache tags needs a
// request context. Readers only ever see PUBLISHED rows (lib/data/articles.ts, publishedNow).
// The mail worker runs the same way (/api/hang-doi-thu, more often): its claim skips rows another
// instance holds.

const DEFAULT_INTERVAL_MS = 20_000;
const MAIL_INTERVAL_MS = 5_000;
const globalForScheduler = globalThis as unknown as { ccnScheduler?: ReturnType<typeof setInterval>; ccnMailWorker?: ReturnType<typeof setInterval> };

/**
 * This instance's own address, from the project's configuration (PORT, HOSTNAME): a wildcard
 * listening address is reached on the loopback interface.
 */
export function schedulerOrigin(source: Record<string, string | undefined> = process.env): string {
  const { PORT, HOSTNAME } = envSchema.pick({ PORT: true, HOSTNAME: true }).parse(source);
  const host = HOSTNAME === '0.0.0.0' || HOSTNAME === '::' ? '127.0.0.1' : HOSTNAME;
  return `http://${host.includes(':') ? `[${host}]` : host}:${PORT}`;
}

async function tick(origin: string, route: string, timeoutMs: number): Promise<void> {
  const token = schedulerToken();
  if (!token) return;
  try {
    await fetch(new URL(route, origin), { method: 'POST', headers: { 'x-scheduler-token': token }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    console.warn(`[scheduler] ${route} failed:`, error instanceof Error ? error.message : error);
  }
}

export function startScheduler(): void {
  if (globalForScheduler.ccnScheduler) return;
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS ?? DEFAULT_INTERVAL_MS);
  if (!Number.isFinite(interval) || interval <= 0) return;
  const origin = schedulerOrigin();
  globalForScheduler.ccnScheduler = setInterval(() => void tick(origin, '/api/lich-dang-bai', 15_000), interval);
  globalForScheduler.ccnScheduler.unref();
  // A slow mail server only makes this tick wait; the worker itself finishes the batch it claimed.
  globalForScheduler.ccnMailWorker = setInterval(() => void tick(origin, '/api/hang-doi-thu', 60_000), Math.min(interval, MAIL_INTERVAL_MS));
  globalForScheduler.ccnMailWorker.unref();
}
