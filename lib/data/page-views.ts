import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { onShutdown } from '@/lib/citizens/shutdown-hooks';
import { addDays, isoDay, vietnamDay } from '@/lib/citizens/vietnam-day';
import type { DeviceClass } from '@/lib/citizens/user-agent';
import { publishedNow } from './articles';
import { cacheTags } from './cache-tags';

// Page views: the beacon's route handler only appends to an in-memory buffer; the buffer is
// written every FLUSH_MS or every BATCH_ROWS rows, and on shutdown, in one transaction: the raw
// rows plus additive upserts of the daily aggregates (views = views + n), so several instances
// flushing at once never lose or double a count. A failed flush puts its rows back.

export const PAGE_VIEW_BATCH = { flushMs: 2_000, rows: 500, maxBuffered: 50_000 } as const;
export const RETENTION_SETTING = 'stats.retentionDays';
export const DEFAULT_RETENTION_DAYS = 90;
const ONLINE_WINDOW_MS = 5 * 60 * 1000;

export interface PageViewRow {
  path: string;
  referrerHost: string;
  device: DeviceClass;
  visitor: string;
  viewedAt: Date;
}

let buffer: PageViewRow[] = [];
let timer: ReturnType<typeof setInterval> | null = null;
let flushing: Promise<number> = Promise.resolve(0);
let lastPurge = 0;

function ensureTimer(): void {
  if (timer) return;
  timer = setInterval(() => void flushPageViews().catch(() => undefined), PAGE_VIEW_BATCH.flushMs);
  timer.unref();
  onShutdown(async () => {
    await flushPageViews();
  });
}

/** Queues one view; never touches the database on the caller's path. */
export function recordPageView(row: PageViewRow): void {
  if (buffer.length >= PAGE_VIEW_BATCH.maxBuffered) return; // the database has been down for long: shed load
  buffer.push(row);
  ensureTimer();
  if (buffer.length >= PAGE_VIEW_BATCH.rows) void flushPageViews().catch(() => undefined);
}

export function bufferedPageViews(): number {
  return buffer.length;
}

/** Writes what is buffered now (after any flush in flight; one at a time per instance); resolves to the rows written. */
export function flushPageViews(): Promise<number> {
  const rows = buffer;
  buffer = [];
  const run = flushing.catch(() => 0).then(() => writeBatch(rows));
  flushing = run;
  return run;
}

async function writeBatch(rows: PageViewRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  try {
    await writeRows(rows);
  } catch (error) {
    buffer = rows.concat(buffer).slice(0, PAGE_VIEW_BATCH.maxBuffered);
    console.error('[page-views] Flush failed; rows kept for the next attempt:', error instanceof Error ? error.message : error);
    throw error;
  }
  await purgeOldRows().catch(() => undefined);
  return rows.length;
}

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

async function writeRows(rows: PageViewRow[]): Promise<void> {
  const byPath = tally(rows.map((row) => `${isoDay(vietnamDay(row.viewedAt))}\u0000${row.path}`));
  const byDimension = tally(
    rows.flatMap((row) => {
      const day = isoDay(vietnamDay(row.viewedAt));
      return [`${day}\u0000device\u0000${row.device}`, ...(row.referrerHost ? [`${day}\u0000referrer\u0000${row.referrerHost}`] : [])];
    }),
  );
  const paths = [...byPath.entries()].map(([key, views]) => [...key.split('\u0000'), views] as [string, string, number]);
  const dimensions = [...byDimension.entries()].map(([key, views]) => [...key.split('\u0000'), views] as [string, string, string, number]);
  await prisma.$transaction([
    prisma.pageView.createMany({ data: rows }),
    prisma.$executeRaw`
      INSERT INTO page_view_daily (day, path, views)
      SELECT * FROM unnest(${paths.map((row) => row[0])}::date[], ${paths.map((row) => row[1])}::text[], ${paths.map((row) => row[2])}::int[])
      ON CONFLICT (day, path) DO UPDATE SET views = page_view_daily.views + EXCLUDED.views`,
    prisma.$executeRaw`
      INSERT INTO page_view_daily_dimensions (day, dimension, value, views)
      SELECT * FROM unnest(${dimensions.map((row) => row[0])}::date[], ${dimensions.map((row) => row[1])}::text[], ${dimensions.map((row) => row[2])}::text[], ${dimensions.map((row) => row[3])}::int[])
      ON CONFLICT (day, dimension, value) DO UPDATE SET views = page_view_daily_dimensions.views + EXCLUDED.views`,
  ]);
}

export async function retentionDays(): Promise<number> {
  const row = await prisma.siteSetting.findUnique({ where: { key: RETENTION_SETTING } });
  const days = Number(row?.value);
  return Number.isInteger(days) && days >= 1 ? days : DEFAULT_RETENTION_DAYS;
}

/** Raw rows older than the retention period go (at most hourly per instance); aggregates stay. */
export async function purgeOldRows(now = new Date(), force = false): Promise<number> {
  if (!force && now.getTime() - lastPurge < 60 * 60 * 1000) return 0;
  lastPurge = now.getTime();
  const cutoff = new Date(now.getTime() - (await retentionDays()) * 24 * 60 * 60 * 1000);
  return (await prisma.pageView.deleteMany({ where: { viewedAt: { lt: cutoff } } })).count;
}

// ---- Public figures ----

export interface VisitCounters {
  online: number;
  today: number;
  month: number;
  total: number;
}

let countersMemo: { at: number; value: VisitCounters } | null = null;

/** Footer block figures; computed at most every 10 s per instance. */
export async function visitCounters(now = new Date()): Promise<VisitCounters> {
  if (countersMemo && now.getTime() - countersMemo.at < 10_000) return countersMemo.value;
  const today = vietnamDay(now);
  const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const [row] = await prisma.$queryRaw<{ online: bigint; today: bigint | null; month: bigint | null; total: bigint | null }[]>(Prisma.sql`
    SELECT
      (SELECT count(DISTINCT visitor) FROM page_views WHERE viewed_at > ${new Date(now.getTime() - ONLINE_WINDOW_MS)}) AS online,
      (SELECT sum(views) FROM page_view_daily WHERE day = ${today}::date) AS today,
      (SELECT sum(views) FROM page_view_daily WHERE day >= ${monthStart}::date) AS month,
      (SELECT sum(views) FROM page_view_daily) AS total`);
  const value = { online: Number(row?.online ?? 0), today: Number(row?.today ?? 0), month: Number(row?.month ?? 0), total: Number(row?.total ?? 0) };
  countersMemo = { at: now.getTime(), value };
  return value;
}

export function forgetCountersMemo(): void {
  countersMemo = null;
}

export interface MostReadArticle {
  slug: string;
  title: string;
  views: number;
}

/** "Tin đọc nhiều": published articles by views over the last 7 Vietnam days. */
export async function mostReadArticles(limit = 5): Promise<MostReadArticle[]> {
  'use cache';
  cacheLife('minutes');
  cacheTag(cacheTags.articles, cacheTags.mostRead);
  return mostReadArticlesSince(addDays(vietnamDay(), -6), limit);
}

export async function mostReadArticlesSince(from: Date, limit: number, to?: Date): Promise<MostReadArticle[]> {
  const rows = await prisma.$queryRaw<{ slug: string; views: bigint }[]>(Prisma.sql`
    SELECT substr(path, 10) AS slug, sum(views) AS views FROM page_view_daily
    WHERE day >= ${from}::date ${to ? Prisma.sql`AND day <= ${to}::date` : Prisma.empty} AND path LIKE '/tin-tuc/%' AND path NOT LIKE '/tin-tuc/danh-muc%'
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit * 4}`);
  if (rows.length === 0) return [];
  const articles = await prisma.article.findMany({
    where: { slug: { in: rows.map((row) => row.slug) }, ...publishedNow() },
    select: { slug: true, title: true },
  });
  const titles = new Map(articles.map((article) => [article.slug, article.title]));
  return rows.flatMap((row) => (titles.has(row.slug) ? [{ slug: row.slug, title: titles.get(row.slug)!, views: Number(row.views) }] : [])).slice(0, limit);
}

// ---- Staff dashboard ('stats.view') ----

export interface StatsRange {
  from: Date;
  to: Date;
}

export async function viewsPerDay(range: StatsRange): Promise<{ day: string; views: number }[]> {
  const rows = await prisma.$queryRaw<{ day: string; views: bigint }[]>(Prisma.sql`
    SELECT to_char(d::date, 'YYYY-MM-DD') AS day, coalesce(sum(v.views), 0) AS views
    FROM generate_series(${range.from}::date, ${range.to}::date, interval '1 day') AS d
    LEFT JOIN page_view_daily v ON v.day = d::date
    GROUP BY 1 ORDER BY 1`);
  return rows.map((row) => ({ day: row.day, views: Number(row.views) }));
}

export async function topPages(range: StatsRange, limit = 20): Promise<{ path: string; views: number }[]> {
  const rows = await prisma.pageViewDaily.groupBy({
    by: ['path'],
    where: { day: { gte: range.from, lte: range.to } },
    _sum: { views: true },
    orderBy: [{ _sum: { views: 'desc' } }, { path: 'asc' }],
    take: limit,
  });
  return rows.map((row) => ({ path: row.path, views: row._sum.views ?? 0 }));
}

export async function topDimension(range: StatsRange, dimension: 'referrer' | 'device', limit = 20): Promise<{ value: string; views: number }[]> {
  const rows = await prisma.pageViewDailyDimension.groupBy({
    by: ['value'],
    where: { dimension, day: { gte: range.from, lte: range.to } },
    _sum: { views: true },
    orderBy: [{ _sum: { views: 'desc' } }, { value: 'asc' }],
    take: limit,
  });
  return rows.map((row) => ({ value: row.value, views: row._sum.views ?? 0 }));
}
