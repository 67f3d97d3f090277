// @ts-check
// Next.js 'use cache' handler (next.config.ts `cacheHandlers`). Loaded by Next with a plain
// dynamic import at run time (and in the build's workers), so it is JavaScript, not TypeScript.
//
// - Without REDIS_URL: Next's own in-memory handler, unchanged.
// - With REDIS_URL: entries and the tag manifest live in Redis, so every instance shares them and
//   an updateTag on one instance expires the data on all.
//
// This handler is the ONE place content changes are announced: every updateTag/revalidateTag
// reaches updateTags() here, which tells this process's listeners (lib/cache/invalidation-bus.ts:
// the page cache, the proxy's address lookups) and, with Redis, publishes the new tag states
// once, after they are written. Each instance's handler subscribes to that channel, applies the
// states to its manifest at once (no wait for the next refreshTags) and tells its own listeners;
// its own messages it ignores, having announced them already.
//
// Redis failures never fail a render: a read error is a cache miss, a write error is dropped.

// Framework internal (no public API for Next's in-memory handler): named in
// lib/server/framework-contract.ts and checked by its contract test.
import defaultHandlerModule from 'next/dist/server/lib/cache-handlers/default.js';
import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';

const { createDefaultCacheHandler } = defaultHandlerModule;
// Shared with lib/cache/invalidation-bus.ts (INVALIDATION_BUS_KEY).
const BUS_KEY = Symbol.for('ccn.publicContentInvalidationBus');
const MAX_TTL_SECONDS = 7 * 24 * 3600;
const REDIS_TIMEOUT_MS = 1_000;

/** @typedef {(tags: readonly string[]) => void} Announce */

/** Tells this process's invalidation listeners what changed (and bumps the generation). @type {Announce} */
export function announceInvalidation(tags) {
  const holder = /** @type {Record<symbol, any>} */ (globalThis);
  /** @type {{ listeners: Set<(tags: readonly string[]) => void>, generation: number }} */
  const bus = (holder[BUS_KEY] ??= { listeners: new Set(), generation: 0 });
  bus.generation = (bus.generation ?? 0) + 1;
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
  return Promise.race([promise, new Promise((_resolve, reject) => setTimeout(() => reject(new Error('Redis timed out')), REDIS_TIMEOUT_MS).unref())]);
}

/**
 * @param {string} url
 * @param {{ announce?: Announce }} [options] `announce` is replaceable for tests (two instances in one process).
 */
export function createRedisCacheHandler(url, { announce = announceInvalidation } = {}) {
  const prefix = redisPrefix();
  const origin = randomBytes(12).toString('hex');
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

  /** @param {Record<string, { stale?: number, expired?: number }>} states */
  function applyStates(states) {
    for (const [tag, state] of Object.entries(states)) {
      const known = manifest.get(tag) ?? {};
      manifest.set(tag, {
        stale: Math.max(known.stale ?? 0, state.stale ?? 0) || undefined,
        expired: Math.max(known.expired ?? 0, state.expired ?? 0) || undefined,
      });
    }
  }

  // Other instances' changes: applied to the manifest and announced here as they arrive.
  const subscriber = client.duplicate();
  let subscriberLost = false;
  subscriber.on('error', () => {
    subscriberLost = true;
  });
  subscriber.on('ready', () => {
    // Reconnected: announcements may have been missed, so assume everything changed.
    if (!subscriberLost) return;
    subscriberLost = false;
    void handler.refreshTags().then(() => announce(['*']));
  });
  const subscribed = subscriber
    .connect()
    .then(() =>
      subscriber.subscribe(channel, (message) => {
        /** @type {{ origin?: string, states?: Record<string, { stale?: number, expired?: number }> }} */
        let parsed = {};
        try {
          parsed = JSON.parse(message);
        } catch {
          // An unreadable message still means something changed.
        }
        if (parsed.origin === origin) return;
        const states = parsed.states && typeof parsed.states === 'object' ? parsed.states : {};
        applyStates(states);
        const tags = Object.keys(states);
        announce(tags.length > 0 ? tags : ['*']);
      }),
    )
    .catch(() => {
      subscriberLost = true;
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

  const handler = {
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
        /** @type {Record<string, unknown>} */
        const states = {};
        for (const tag of tags) states[tag] = manifest.get(tag);
        await withTimeout(client.publish(channel, JSON.stringify({ origin, states })));
      } catch (error) {
        console.warn('[cache] Could not share a tag invalidation through Redis:', error instanceof Error ? error.message : error);
      }
    },

    /** Stops both connections (tests; the server process simply exits). */
    async close() {
      await subscribed;
      await Promise.allSettled([subscriber.quit(), client.quit()]);
    },
  };
  return handler;
}

/** @param {{ announce?: Announce }} [options] */
export function createLocalCacheHandler({ announce = announceInvalidation } = {}) {
  const handler = createDefaultCacheHandler(Number(process.env.CACHE_MAX_MEMORY_BYTES ?? 16 * 1024 * 1024));
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
