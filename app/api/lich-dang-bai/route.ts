import { connection } from 'next/server';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { purgeExpiredTrash } from '@/lib/data/staff/article-workflow';
import { hideExpiredArticles, publishDueArticles } from '@/lib/data/staff/scheduled-articles';
import { isSchedulerToken } from '@/lib/scheduler/token';
import { crossOriginResponse, isSameOriginRequest } from '@/lib/http/request-origin';

// The scheduler's tick (lib/scheduler/start.ts): publish what is due, take down what passed its
// "Ẩn sau" time, expire its caches at
// once (data caches and the full-page cache, on every instance), and empty the trash of what is
// older than 30 days.
export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return crossOriginResponse();
  await connection();
  if (!isSchedulerToken(request.headers.get('x-scheduler-token'))) return new Response(null, { status: 403 });
  const published = await publishDueArticles();
  const hidden = await hideExpiredArticles();
  invalidatePublicContent([...new Set([...published.tags, ...hidden.tags])], { from: 'route' });
  const purged = await purgeExpiredTrash();
  return Response.json({ published: published.ids.length, hidden: hidden.ids.length, purged: purged.length });
}
