import { trustProxyFromEnv, type TrustProxy } from './trust-proxy.ts';

// The one origin rule for every state-changing request: server actions (proxy.ts), the article
// autosave route, the upload route, next-auth's POSTs. A request is same-origin when its Origin
// header names
//   - the address the request itself was sent to (its Host header, or X-Forwarded-Host when a
//     proxy is configured: lib/server/app-server.ts has already removed that header from
//     anyone but the proxy), so the admin works by IP, LAN name or www. alike;
//   - or SITE_URL;
//   - or one of ALLOWED_ORIGINS (comma-separated origins, e.g. https://cms.example.vn).
// A request without Origin (curl, a same-origin GET-turned-POST by an old browser) passes, as
// in Next.js's own server-action check; browsers send Origin on every cross-origin POST.
// `Origin: null` (sandboxed frames, some redirects) never passes.

export interface OriginConfig {
  siteUrl?: string;
  allowedOrigins: readonly string[];
  trustProxy: TrustProxy;
}

type HeaderSource = Pick<Headers, 'get'>;

/** The origin (scheme://host[:port]) of a URL, or null when it isn't an http(s) URL. */
export function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function parseAllowedOrigins(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const origin = originOf(entry);
      if (!origin || new URL(entry).pathname.length > 1) throw new Error(`must be origins separated by commas, e.g. https://cms.example.vn`);
      return origin;
    });
}

export function originConfigFromEnv(env: Record<string, string | undefined> = process.env): OriginConfig {
  let allowedOrigins: string[] = [];
  try {
    allowedOrigins = parseAllowedOrigins(env.ALLOWED_ORIGINS);
  } catch {
    // parseEnv refuses a malformed list at start; here it only means "no extra origins".
  }
  return { siteUrl: originOf(env.SITE_URL) ?? undefined, allowedOrigins, trustProxy: trustProxyFromEnv(env) };
}

function firstEntry(value: string | null): string | null {
  const first = value?.split(',')[0]?.trim();
  return first ? first.toLowerCase() : null;
}

/** The host (name[:port]) the client addressed: the proxy's X-Forwarded-Host, else Host. */
export function requestHost(headers: HeaderSource, config: Pick<OriginConfig, 'trustProxy'> = originConfigFromEnv()): string | null {
  if (config.trustProxy.kind !== 'none') {
    const forwarded = firstEntry(headers.get('x-forwarded-host'));
    if (forwarded) return forwarded;
  }
  return firstEntry(headers.get('host'));
}

export function isSameOriginRequest(headers: HeaderSource, config: OriginConfig = originConfigFromEnv()): boolean {
  const raw = headers.get('origin');
  if (raw === null) return true;
  const origin = originOf(raw);
  if (!origin) return false;
  const host = requestHost(headers, config);
  if (host !== null && new URL(origin).host === host) return true;
  if (config.siteUrl === origin) return true;
  return config.allowedOrigins.includes(origin);
}

/** Methods that change state: everything but GET, HEAD and OPTIONS. */
export function isStateChanging(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

export const CROSS_ORIGIN_MESSAGE = 'Yêu cầu bị từ chối vì không gửi từ trang quản trị của cổng thông tin.';

/** The refusal every state-changing endpoint sends for a cross-origin request. */
export function crossOriginResponse(): Response {
  return new Response(CROSS_ORIGIN_MESSAGE, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}

/**
 * SITE_URL when it names another host than the one this request was sent to (the admin opened
 * by IP, a LAN name or www.), else null: the admin then says which address is configured.
 */
export function configuredSiteAddressMismatch(headers: HeaderSource, config: OriginConfig = originConfigFromEnv()): string | null {
  if (!config.siteUrl) return null;
  const host = requestHost(headers, config);
  if (host === null || new URL(config.siteUrl).host === host) return null;
  return config.siteUrl;
}
