import { schedulerToken } from './token';

// Publishes scheduled articles when their time comes, with no cron for anyone to set up: every
// instance pings its own /api/lich-dang-bai on an interval. The work there is one atomic UPDATE,
// so any number of instances (and overlapping ticks) are safe. The mail worker runs the same way
// (/api/hang-doi-thu, more often): its claim skips rows another instance holds.

const DEFAULT_INTERVAL_MS = 20_000;
const MAIL_INTERVAL_MS = 5_000;
const globalForScheduler = globalThis as unknown as { ccnScheduler?: ReturnType<typeof setInterval>; ccnMailWorker?: ReturnType<typeof setInterval> };

function selfOrigin(): string {
  // Set by `next start` / `next dev` to the address it listens on.
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

async function tick(route: string, timeoutMs: number): Promise<void> {
  const token = schedulerToken();
  if (!token) return;
  try {
    await fetch(new URL(route, selfOrigin()), { method: 'POST', headers: { 'x-scheduler-token': token }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    console.warn(`[scheduler] ${route} failed:`, error instanceof Error ? error.message : error);
  }
}

export function startScheduler(): void {
  if (globalForScheduler.ccnScheduler) return;
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS ?? DEFAULT_INTERVAL_MS);
  if (!Number.isFinite(interval) || interval <= 0) return;
  globalForScheduler.ccnScheduler = setInterval(() => void tick('/api/lich-dang-bai', 15_000), interval);
  globalForScheduler.ccnScheduler.unref();
  // A slow mail server only makes this tick wait; the worker itself finishes the batch it claimed.
  globalForScheduler.ccnMailWorker = setInterval(() => void tick('/api/hang-doi-thu', 60_000), Math.min(interval, MAIL_INTERVAL_MS));
  globalForScheduler.ccnMailWorker.unref();
}
