import { connection } from 'next/server';
import { redisReachable } from '@/lib/cache/redis-health';
import { databaseReachable } from '@/lib/data/health';

// For load balancers and orchestrators: 200 when this instance can serve (PostgreSQL answers,
// and Redis too when configured), 503 otherwise. No versions, addresses or errors in the body.
export async function GET(): Promise<Response> {
  await connection();
  const [database, redis] = await Promise.all([databaseReachable(), redisReachable()]);
  const ok = database && redis !== false;
  return Response.json(
    { status: ok ? 'ok' : 'unavailable', database: database ? 'up' : 'down', redis: redis === null ? 'not-configured' : redis ? 'up' : 'down' },
    { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
