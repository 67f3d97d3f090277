import pg from 'pg';
import { CLIENT_BAILOUT_DIGEST, FAILED_BOUNDARY_DIGEST_PATTERNS, FRAMEWORK_DIGEST_PREFIX } from './framework-contract.ts';

// What the server does when the origin render fails: tell a database outage from a bug (a quick
// probe, remembered for a moment so an outage doesn't add a probe to every request), and a
// Vietnamese 503 page with no script and no details for when nothing cached can stand in.

const PROBE_TTL_MS = 2_000;

/** Digests React puts on a Suspense boundary that failed on the server (not 404s or redirects). */
export function hasFailedBoundary(html: string): boolean {
  const digests = FAILED_BOUNDARY_DIGEST_PATTERNS.flatMap((pattern) => [...html.matchAll(pattern)].map((match) => match[1] ?? ''));
  return digests.some((digest) => !digest.startsWith(FRAMEWORK_DIGEST_PREFIX) && digest !== CLIENT_BAILOUT_DIGEST);
}

export function createDatabaseProbe(connectionString: string | undefined): () => Promise<boolean> {
  let last: { at: number; up: boolean } | undefined;
  let inflight: Promise<boolean> | undefined;
  const probe = async (): Promise<boolean> => {
    if (!connectionString) return true;
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 1_500, statement_timeout: 1_500 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  };
  return async () => {
    if (last && Date.now() - last.at < PROBE_TTL_MS) return last.up;
    inflight ??= probe().then((up) => {
      last = { at: Date.now(), up };
      inflight = undefined;
      return up;
    });
    return inflight;
  };
}

export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tạm thời gián đoạn — Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f5f7fa;color:#1f2937}main{max-width:40rem;margin:10vh auto;padding:2rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.1)}h1{color:#0b4f8a;font-size:1.5rem}a{color:#0b4f8a}</style>
</head><body><main>
<h1>Hệ thống đang tạm thời gián đoạn</h1>
<p>Trang bạn yêu cầu hiện chưa thể hiển thị do sự cố kết nối cơ sở dữ liệu. Chúng tôi đang khắc phục.</p>
<p>Vui lòng thử lại sau ít phút, hoặc quay về <a href="/">trang chủ</a>.</p>
</main></body></html>
`;
