// Which peer may set X-Forwarded-* headers (TRUST_PROXY, README "Configuration"). Used by the
// production server (lib/server/app-server.ts), which removes forwarded headers from every
// other peer before Next.js, proxy.ts or a route handler sees the request; the origin rule
// (lib/http/request-origin.ts) and the client address (lib/auth/client-ip.ts) rely on that.
//
//   false (default)   no proxy: forwarded headers are always removed; the client is the socket.
//   true              one reverse proxy on this machine: honoured from 127.0.0.0/8 and ::1 only.
//   10.0.0.5,10.0.0.6 the proxy's own addresses: honoured from exactly these peers;
//   172.30.0.0/24     an IPv4 range (a container network whose only other members can't be
//                     reached from outside, as in compose.yaml).

export type TrustProxy =
  { kind: 'none' } | { kind: 'loopback' } | { kind: 'addresses'; addresses: ReadonlySet<string>; ranges?: readonly { base: number; mask: number }[] };

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-f:]+(%\w+)?$/i;

/** An address as sockets and headers give it, comparable: no IPv4-mapped prefix, lower case, bounded. */
export function normalizeAddress(address: string): string {
  return address
    .trim()
    .replace(/^::ffff:/i, '')
    .toLowerCase()
    .slice(0, 64);
}

export function isIpAddress(value: string): boolean {
  const address = normalizeAddress(value);
  return IPV4.test(address) || (address.includes(':') && IPV6.test(address));
}

/** Parses TRUST_PROXY; throws with the expected shape on anything else. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return { kind: 'none' };
  if (value === 'true') return { kind: 'loopback' };
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ranges = entries.filter((entry) => entry.includes('/')).map(parseRange);
  const addresses = entries.filter((entry) => !entry.includes('/'));
  if (entries.length === 0 || ranges.includes(null) || !addresses.every(isIpAddress)) {
    throw new Error("must be false, true (a proxy on this machine) or the proxy's IP addresses separated by commas, e.g. 10.0.0.5");
  }
  return { kind: 'addresses', addresses: new Set(addresses.map(normalizeAddress)), ranges: ranges as { base: number; mask: number }[] };
}

function ipv4Number(address: string): number | null {
  if (!IPV4.test(address)) return null;
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function parseRange(entry: string): { base: number; mask: number } | null {
  const [address = '', bits = ''] = entry.split('/');
  const base = ipv4Number(address);
  const length = Number(bits);
  if (base === null || !/^\d{1,2}$/.test(bits) || length > 32) return null;
  const mask = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
  return { base: (base & mask) >>> 0, mask };
}

/** TRUST_PROXY of this process; a malformed value trusts nobody (parseEnv refuses it at start). */
export function trustProxyFromEnv(env: Record<string, string | undefined> = process.env): TrustProxy {
  try {
    return parseTrustProxy(env.TRUST_PROXY);
  } catch {
    return { kind: 'none' };
  }
}

export function isLoopback(address: string): boolean {
  const normalized = normalizeAddress(address);
  return normalized === '::1' || /^127\./.test(normalized);
}

/** Whether the peer at the other end of the socket is the configured proxy. */
export function isTrustedProxy(peerAddress: string | undefined, trust: TrustProxy): boolean {
  if (!peerAddress || trust.kind === 'none') return false;
  if (trust.kind === 'loopback') return isLoopback(peerAddress);
  const address = normalizeAddress(peerAddress);
  if (trust.addresses.has(address)) return true;
  const number = ipv4Number(address);
  return number !== null && (trust.ranges ?? []).some((range) => (number & range.mask) >>> 0 === range.base);
}

/** Headers only a proxy may set: a client's own copies are dropped. */
export const FORWARDED_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip'] as const;

/**
 * Removes the forwarded headers a request carries unless its peer is the configured proxy.
 * Afterwards Next.js fills X-Forwarded-For/-Host/-Proto from the socket and the Host header, so
 * everything downstream can read them without asking who set them.
 */
export function dropUntrustedForwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
  peerAddress: string | undefined,
  trust: TrustProxy,
): void {
  if (isTrustedProxy(peerAddress, trust)) return;
  for (const name of FORWARDED_HEADERS) delete headers[name];
}
