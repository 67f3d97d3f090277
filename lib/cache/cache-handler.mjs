// @ts-check
// Next.js 'use cache' handler (next.config.ts `cacheHandlers`). Loaded by Next with a plain
// dynamic import at run time (and in the build's workers), so it is JavaScript, not TypeScript.
//
// - Without REDIS_URL: Next's own in-memory handler, unchanged.
// - With REDIS_URL: entries and the tag manifest live in Redis, so every instance shares them and
//   an updateTag on one instance expires the data on all. After a tag write lands in Redis the
//   handler publishes the tags on a channel; each instance's server (lib/server/page-cache-sync.ts)
//   then expires its full-page cache. Publishing after the write, not before, means no instance
//   can re-render a page from the old data after it heard of the change.
// In both cases the tags are also announced on the in-process bus (lib/cache/invalidation-bus.ts)
// so that any updateTag/revalidateTag, even one not made through invalidatePublicContent, flushes
// this instance's page cache.
//
// Redis failures never fail a render: a read error is a cache miss, a write error is dropped.

import defaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js';
import { createClient } from 'redis';

const { createDefaultCacheHandler } = defaultHandlerModule;
const BUS_KEY = Symbol.for('ccn.publicContentInvalidationBus');
const MAX_TTL_SECONDS = 7 * 24 * 3600;
const REDIS_TIMEOUT_MS = 1_000;

/** @param {readonly string[]} tags */
function announce(tags) {
  /** @type {{ listeners: Set<(tags: readonly string[]) => void> } | undefined} */
  const bus = /** @type {Record<symbol, any>} */ (globalThis)[BUS_KEY];
  if (!bus) return;
  for (const listener of bus.listeners) {
    try {
      listener(tags);
    } catch (error) {
      console.error('[cache] An invalidation listener failed:', error);
    }
  }
}

/** The Redis key prefix: one namespace per deployment, so a new build never reads old entries. */
export function redisPrefix() {
  return `ccn:${process.env.NEXT_DEPLOYMENT_ID || 'default'}:`;
}

export const INVALIDATION_CHANNEL_SUFFIX = 'invalidate';

function now() {
  return Math.round(performance.timeOrigin + performance.now());
}

/** @param {ReadableStream<Uint8Array>} stream */
async function streamToBuffer(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** @param {Buffer} buffer */
function streamFromBuffer(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
function withTimeout(promise) {
  return Promise.race([
    promise,
    new Promise((_resolve, reject) => setTimeout(() => reject(new Error('Redis timed out')), REDIS_TIMEOUT_MS).unref()),
  ]);
}

/** @param {string} url */
function createRedisCacheHandler(url) {
  const prefix = redisPrefix();
  const tagsKey = `${prefix}tags`;
  const channel = `${prefix}${INVALIDATION_CHANNEL_SUFFIX}`;
  /** @type {Map<string, { stale?: number, expired?: number }>} */
  let manifest = new Map();
  /** @type {Map<string, Promise<void>>} */
  const pendingSets = new Map();
  const client = createClient({
    url,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
    // Commands fail at once while disconnected (a miss), instead of queueing behind the outage.
    disableOfflineQueue: true,
  });
  client.on('error', (error) => {
    if (!client.isReady) return; // reconnect attempts report here; one line per outage is enough
    console.warn('[cache] Redis error:', error instanceof Error ? error.message : error);
  });
  const connecting = client.connect().catch((error) => {
    console.warn('[cache] Redis unreachable, caching locally disabled until it answers:', error instanceof Error ? error.message : error);
  });

  /** @param {string[]} tags @param {number} timestamp */
  function tagState(tags, timestamp) {
    let expired = false;
    let stale = false;
    const current = now();
    for (const tag of tags) {
      const entry = manifest.get(tag);
      if (!entry) continue;
      if (typeof entry.expired === 'number' && entry.expired <= current && entry.expired > timestamp) expired = true;
      if (typeof entry.stale === 'number' && entry.stale > timestamp) stale = true;
    }
    return { expired, stale };
  }

  return {
    /** @param {string} cacheKey */
    async get(cacheKey) {
      const pending = pendingSets.get(cacheKey);
      if (pending) await pending;
      await connecting;
      let raw;
      try {
        raw = await withTimeout(client.get(`${prefix}entry:${cacheKey}`));
      } catch {
        return undefined;
      }
      if (!raw) return undefined;
      const { value, ...entry } = JSON.parse(raw);
      if (entry.expire < 0) return undefined;
      if (now() > entry.timestamp + entry.revalidate * 1000) return undefined;
      const state = tagState(entry.tags, entry.timestamp);
      if (state.expired) return undefined;
      return { ...entry, revalidate: state.stale ? -1 : entry.revalidate, value: streamFromBuffer(Buffer.from(value, 'base64')) };
    },

    /** @param {string} cacheKey @param {Promise<import('next/dist/server/lib/cache-handlers/types').CacheEntry>} pendingEntry */
    async set(cacheKey, pendingEntry) {
      /** @type {() => void} */
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
      try {
        const entry = await pendingEntry;
        if (entry.expire === 0) return; // dynamic: regenerated on every read, never served back
        const value = await streamToBuffer(entry.value);
        const { value: _stream, ...metadata } = entry;
        const ttl = Math.max(1, Math.min(MAX_TTL_SECONDS, Math.ceil(entry.expire)));
        await connecting;
        await withTimeout(client.set(`${prefix}entry:${cacheKey}`, JSON.stringify({ ...metadata, value: value.toString('base64') }), { EX: ttl }));
      } catch {
        // Not stored: the next read renders again.
      } finally {
        done();
        pendingSets.delete(cacheKey);
      }
    },

    async refreshTags() {
      await connecting;
      try {
        const all = await withTimeout(client.hGetAll(tagsKey));
        const next = new Map();
        for (const [tag, state] of Object.entries(all)) next.set(tag, JSON.parse(state));
        manifest = next;
      } catch {
        // Keep the last known manifest.
      }
    },

    /** @param {string[]} tags */
    async getExpiration(tags) {
      return Math.max(0, ...tags.map((tag) => manifest.get(tag)?.expired ?? 0));
    },

    /** @param {string[]} tags @param {{ expire?: number }} [durations] */
    async updateTags(tags, durations) {
      const timestamp = now();
      /** @type {Record<string, string>} */
      const updates = {};
      for (const tag of tags) {
        const existing = manifest.get(tag) ?? {};
        const state = durations
          ? { ...existing, stale: timestamp, ...(durations.expire !== undefined ? { expired: timestamp + durations.expire * 1000 } : {}) }
          : { ...existing, expired: timestamp };
        manifest.set(tag, state);
        updates[tag] = JSON.stringify(state);
      }
      announce(tags);
      try {
        await connecting;
        await withTimeout(client.hSet(tagsKey, updates));
        await withTimeout(client.publish(channel, JSON.stringify(tags)));
      } catch (error) {
        console.warn('[cache] Could not share a tag invalidation through Redis:', error instanceof Error ? error.message : error);
      }
    },
  };
}

function createLocalCacheHandler() {
  const handler = createDefaultCacheHandler(Number(process.env.CACHE_MAX_MEMORY_BYTES ?? 50 * 1024 * 1024));
  return {
    ...handler,
    /** @param {string[]} tags @param {{ expire?: number }} [durations] */
    async updateTags(tags, durations) {
      await handler.updateTags(tags, durations);
      announce(tags);
    },
  };
}

const handler = process.env.REDIS_URL ? createRedisCacheHandler(process.env.REDIS_URL) : createLocalCacheHandler();

export default handler;
