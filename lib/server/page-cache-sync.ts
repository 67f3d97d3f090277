import { createClient } from 'redis';

// Every instance listens on the Redis channel where the 'use cache' handler announces tag
// invalidations (lib/cache/cache-handler.mjs publishes after the tag write has landed), and
// expires its own page cache when anything changes anywhere.

export interface PageCacheSync {
  close(): Promise<void>;
  ping(): Promise<boolean>;
}

export async function startPageCacheSync(redisUrl: string, channel: string, onInvalidate: (tags: string[]) => void): Promise<PageCacheSync> {
  const subscriber = createClient({
    url: redisUrl,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  });
  let warned = false;
  subscriber.on('error', (error: unknown) => {
    if (warned) return;
    warned = true;
    console.warn('[server] Redis subscription error (retrying):', error instanceof Error ? error.message : error);
  });
  subscriber.on('ready', () => {
    // After a reconnection we may have missed announcements: assume everything changed.
    if (warned) onInvalidate(['*']);
    warned = false;
  });
  await subscriber.connect();
  await subscriber.subscribe(channel, (message) => {
    let tags: string[] = ['*'];
    try {
      const parsed: unknown = JSON.parse(message);
      if (Array.isArray(parsed)) tags = parsed.map(String);
    } catch {
      // An unreadable message still means something changed.
    }
    onInvalidate(tags);
  });
  return {
    async close() {
      await subscriber.quit().catch(() => subscriber.destroy());
    },
    async ping() {
      return subscriber.isReady;
    },
  };
}
