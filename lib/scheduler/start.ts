import { schedulerToken } from './token';

// Publishes scheduled articles when their time comes, with no cron for anyone to set up: every
// instance pings its own /api/lich-dang-bai on an interval. The work there is one atomic UPDATE,
// so any number of instances (and overlapping ticks) are safe.

const DEFAULT_INTERVAL_MS = 20_000;
const globalForScheduler = globalThis as unknown as { ccnScheduler?: ReturnType<typeof setInterval> };

function selfOrigin(): string {
  // Set by `next start` / `next dev` to the address it listens on.
  return process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

async function tick(): Promise<void> {
  const token = schedulerToken();
  if (!token) return;
  try {
    await fetch(new URL('/api/lich-dang-bai', selfOrigin()), { method: 'POST', headers: { 'x-scheduler-token': token }, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    console.warn('[scheduler] tick failed:', error instanceof Error ? error.message : error);
  }
}

export function startScheduler(): void {
  if (globalForScheduler.ccnScheduler) return;
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS ?? DEFAULT_INTERVAL_MS);
  if (!Number.isFinite(interval) || interval <= 0) return;
  globalForScheduler.ccnScheduler = setInterval(() => void tick(), interval);
  globalForScheduler.ccnScheduler.unref();
}
