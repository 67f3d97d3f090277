// A bounded in-memory store of complete HTTP responses: least recently used first out when the
// byte budget is exceeded, and an optional maximum age per entry.

export interface CachedResponse {
  status: number;
  /** Header name (lower case) → value; several values (Set-Cookie) stay separate. */
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** The body's content coding when it is stored compressed (compressible and worth it). */
  encoding?: 'gzip' | 'br';
  /** The same body in Brotli, next to a gzip body (stored pages keep both). */
  brotli?: Buffer;
  storedAt: number;
}

export interface ResponseCacheOptions {
  maxBytes: number;
  /** Entries older than this are not served fresh (0 or Infinity: no age limit). */
  maxAgeMs: number;
  now?: () => number;
}

function sizeOf(key: string, entry: CachedResponse): number {
  let headerBytes = 0;
  for (const [name, value] of Object.entries(entry.headers)) headerBytes += name.length + String(value).length;
  return key.length + headerBytes + entry.body.byteLength + (entry.brotli?.byteLength ?? 0) + 64;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private readonly now: () => number;

  private readonly options: ResponseCacheOptions;

  constructor(options: ResponseCacheOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** A fresh entry (and marks it recently used), or undefined. */
  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.isExpired(entry)) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * A servable entry: 'fresh', or 'aged' when only its maximum age has passed (the caller may
   * serve it while it renders a new copy). Entries expired by a content change are not returned.
   */
  lookup(key: string): { entry: CachedResponse; state: 'fresh' | 'aged' } | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.storedAt === Number.NEGATIVE_INFINITY) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { entry, state: this.isExpired(entry) ? 'aged' : 'fresh' };
  }

  /** Any entry, even past its maximum age: what we serve when the origin fails. */
  getStale(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: CachedResponse): void {
    const size = sizeOf(key, entry);
    if (size > this.options.maxBytes) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldestKey] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.delete(oldestKey);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry);
  }

  /**
   * Content changed: nothing may be served fresh any more. Entries are kept, marked expired,
   * so that a database outage right after a publish can still fall back to them.
   */
  expireAll(): void {
    for (const entry of this.entries.values()) entry.storedAt = Number.NEGATIVE_INFINITY;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private isExpired(entry: CachedResponse): boolean {
    const { maxAgeMs } = this.options;
    if (entry.storedAt === Number.NEGATIVE_INFINITY) return true;
    return maxAgeMs > 0 && Number.isFinite(maxAgeMs) && this.now() - entry.storedAt > maxAgeMs;
  }
}
