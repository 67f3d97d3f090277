import { headers } from 'next/headers';

// Which address a request came from, for per-IP sign-in throttling and the audit log.
//
// Route handlers and server actions can't see the socket. Next.js copies the socket address into
// `x-forwarded-for` only when the request arrived without one, so:
// - TRUST_PROXY=true (deployed behind ONE reverse proxy such as nginx that sets or appends
//   X-Forwarded-For, e.g. `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`): the
//   LAST entry is the address our proxy saw; entries before it are whatever the client claimed,
//   so they are never used. `x-real-ip` set by the proxy is the fallback.
// - otherwise (Node faces clients directly): the header Next.js filled from the socket. A client
//   that talks to Node directly can pre-fill it, which is why production should sit behind a
//   proxy that overwrites X-Forwarded-For; x-real-ip is ignored because any client can send it.

export function clientIpFrom(headerList: Pick<Headers, 'get'>, trustProxy = process.env.TRUST_PROXY === 'true'): string {
  const entries = (headerList.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const last = entries.at(-1);
  if (trustProxy) return normalize(last ?? headerList.get('x-real-ip')?.trim() ?? 'unknown');
  return normalize(last ?? 'unknown');
}

function normalize(ip: string): string {
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is the same client as 127.0.0.1. Cap the length: it is
  // stored and may come from a header.
  return ip.replace(/^::ffff:/i, '').slice(0, 64);
}

/** The current request's client IP, or null outside a request (scripts, tests). */
export async function requestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null;
  }
}
