import 'server-only';
import { createClient } from 'redis';

// One long-lived Redis connection for /api/health (per process, shared through globalThis
// because route bundles are separate module instances).

function connect(url: string) {
  const created = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
  });
  created.on('error', () => {}); // reachability is reported by ping(), not by logs
  created.connect().catch(() => {});
  return created;
}

type RedisClient = ReturnType<typeof connect>;
const holder = globalThis as unknown as { ccnHealthRedis?: RedisClient };

function client(url: string): RedisClient {
  holder.ccnHealthRedis ??= connect(url);
  return holder.ccnHealthRedis;
}

/** null when REDIS_URL is not configured, otherwise whether Redis answers PING in time. */
export async function redisReachable(timeoutMs = 1_000): Promise<boolean | null> {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  const redis = client(url);
  let timer: NodeJS.Timeout | undefined;
  try {
    const answer = await Promise.race([
      (async () => {
        if (!redis.isReady) await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
        return redis.ping();
      })(),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return answer === 'PONG';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
