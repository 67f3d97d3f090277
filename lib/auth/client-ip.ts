import { headers } from 'next/headers';
import { normalizeAddress, trustProxyFromEnv } from '@/lib/http/trust-proxy';

// Which address a request came from, for the sign-in throttle and the audit log.
//
// Route handlers and server actions can't see the socket, so the production server
// (lib/server/app-server.ts) makes X-Forwarded-For trustworthy before Next.js sees the request:
// from any peer but the configured proxy (TRUST_PROXY, lib/http/trust-proxy.ts) it removes the
// forwarded headers, and Next.js then writes the socket's address into X-Forwarded-For. So:
// - no proxy configured: the header holds exactly the socket address;
// - behind the proxy (which appends what it saw, e.g. nginx
//   `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`): the LAST entry is the
//   address the proxy saw; entries before it are whatever the client claimed and are never used.
//   `x-real-ip` from the proxy is the fallback.

export function clientIpFrom(headerList: Pick<Headers, 'get'>, trustProxy = trustProxyFromEnv().kind !== 'none'): string {
  const entries = (headerList.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const last = entries.at(-1);
  if (trustProxy) return normalizeAddress(last ?? headerList.get('x-real-ip') ?? 'unknown');
  return normalizeAddress(last ?? 'unknown');
}

/** The current request's client IP, or null outside a request (scripts, tests). */
export async function requestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null;
  }
}
