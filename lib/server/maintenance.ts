import type { IncomingMessage } from 'node:http';
import pg from 'pg';
import { hasSessionCookie } from './cache-policy.ts';

// Maintenance mode: while a scheduled suspension (maintenance_notices, starts_at ≤ now < ends_at)
// is in force, readers get a Vietnamese 503 page with the notice and Retry-After, before the page
// cache is even consulted; staff (any session cookie; the app checks it) and the sign-in path
// keep working. The state is read from PostgreSQL every REFRESH_MS, off the request path.

const REFRESH_MS = 10_000;

export interface ActiveNotice {
  message: string;
  endsAt: Date;
}

const STAFF_PATHS = /^\/(?:quan-tri|dang-nhap|api\/auth|api\/health|api\/lich-dang-bai|api\/cache|_next|quan-tri-khong-co-quyen)(?:[/?]|$)/;

/** A request maintenance mode turns away: anyone without a session, outside the staff paths. */
export function isReaderRequest(request: Pick<IncomingMessage, 'url' | 'headers'>): boolean {
  return !STAFF_PATHS.test(request.url ?? '/') && !hasSessionCookie(request);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function vietnamTime(date: Date): string {
  const shifted = new Date(date.getTime() + 7 * 3_600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())} ngày ${pad(shifted.getUTCDate())}/${pad(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()}`;
}

export function maintenanceHtml(notice: ActiveNotice): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tạm ngừng hoạt động để bảo trì — Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f5f7fa;color:#1f2937}main{max-width:40rem;margin:10vh auto;padding:2rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.1)}h1{color:#0a4d8f;font-size:1.5rem}p{line-height:1.6;white-space:pre-line}</style>
</head><body><main>
<h1>Cổng thông tin tạm ngừng hoạt động để bảo trì</h1>
<p>${escapeHtml(notice.message)}</p>
<p>Dự kiến hoạt động trở lại lúc ${vietnamTime(notice.endsAt)}. Xin cảm ơn bạn đã thông cảm.</p>
</main></body></html>
`;
}

/** Seconds until the notice ends (at least 60, at most a day: a client retries and sees it end). */
export function retryAfterSeconds(notice: ActiveNotice, now = Date.now()): number {
  return Math.min(86_400, Math.max(60, Math.ceil((notice.endsAt.getTime() - now) / 1000)));
}

export interface MaintenanceWatch {
  current(): ActiveNotice | null;
  refresh(): Promise<void>;
  stop(): Promise<void>;
}

export function watchMaintenance(connectionString: string | undefined): MaintenanceWatch {
  if (!connectionString) return { current: () => null, refresh: async () => undefined, stop: async () => undefined };
  const pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 2_000, statement_timeout: 2_000 });
  pool.on('error', () => {});
  let active: ActiveNotice | null = null;
  const refresh = async () => {
    try {
      const { rows } = await pool.query<{ message: string; ends_at: Date }>(
        'SELECT message, ends_at FROM maintenance_notices WHERE starts_at <= now() AND ends_at > now() ORDER BY ends_at DESC LIMIT 1',
      );
      active = rows[0] ? { message: rows[0].message, endsAt: rows[0].ends_at } : null;
    } catch {
      // Table missing (older database) or PostgreSQL down: keep the last known state.
    }
  };
  void refresh();
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  timer.unref();
  return {
    current: () => (active && active.endsAt.getTime() > Date.now() ? active : null),
    refresh,
    stop: async () => {
      clearInterval(timer);
      await pool.end().catch(() => {});
    },
  };
}
