import { connection } from 'next/server';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { countedPath, deviceClass, isBot, referrerHost } from '@/lib/citizens/user-agent';
import { recordPageView, visitCounters } from '@/lib/data/page-views';
import { visitorKeys } from '@/lib/data/visitors';

// Thống kê truy cập. POST: the page-view beacon (navigator.sendBeacon after load, so it works on
// page-cached pages); robots are answered like everyone and not counted; the view is buffered
// and written in batches (lib/data/page-views.ts). GET: the footer's figures.

// Not `no-store` (see below): the beacon's answer has no body worth keeping anyway.
const PRIVATE_NO_CACHE = { 'cache-control': 'private, no-cache' };
// The footer figures are the same for everyone and recomputed at most every 10 s: a shared cache
// may keep them that long. Not `no-store`: a script's fetch of a no-store answer keeps the page
// out of the browser's back/forward cache.
const SHARED_BRIEFLY = { 'cache-control': 'public, max-age=10' };

export async function POST(request: Request): Promise<Response> {
  await connection();
  const origin = request.headers.get('origin');
  if (origin && origin !== new URL(request.url).origin && origin !== process.env.SITE_URL) return new Response(null, { status: 403 });
  const userAgent = request.headers.get('user-agent') ?? '';
  const text = await request.text();
  if (text.length > 4_000) return new Response(null, { status: 413 });
  let body: { path?: unknown; referrer?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return new Response(null, { status: 400 });
  }
  const path = countedPath(body?.path);
  if (!path) return new Response(null, { status: 400 });
  if (isBot(userAgent)) return new Response(null, { status: 204, headers: PRIVATE_NO_CACHE });
  const ownHost = new URL(process.env.SITE_URL || request.url).hostname;
  const { visitor } = await visitorKeys(clientIpFrom(request.headers), userAgent);
  recordPageView({ path, referrerHost: referrerHost(body.referrer, ownHost), device: deviceClass(userAgent), visitor, viewedAt: new Date() });
  return new Response(null, { status: 204, headers: PRIVATE_NO_CACHE });
}

export async function GET(): Promise<Response> {
  await connection();
  return Response.json(await visitCounters(), { headers: SHARED_BRIEFLY });
}
