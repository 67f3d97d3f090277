import 'server-only';
import { prisma } from '@/lib/db';
import { invalidationGeneration } from '@/lib/cache/invalidation-bus';

// The redirect table as the proxy reads it: loaded whole into memory (a site has hundreds or a
// few thousand old addresses) and kept until the next content change anywhere (the invalidation
// generation, lib/cache/invalidation-bus.ts) or a minute at most, so a lookup costs no query.
// Only addresses that would otherwise be missing (or that only WordPress ever had) are looked up
// here: an existing page never waits for it.

const TTL_MS = 60_000;
let table: { map: Map<string, string>; generation: number; expires: number } | null = null;
let loading: Promise<Map<string, string>> | null = null;

async function load(): Promise<Map<string, string>> {
  const rows = await prisma.redirect.findMany({ select: { fromPath: true, toPath: true } });
  return new Map(rows.map((row) => [row.fromPath, row.toPath]));
}

async function redirectTable(): Promise<Map<string, string>> {
  const generation = invalidationGeneration();
  const now = Date.now();
  if (table && table.generation === generation && table.expires > now) return table.map;
  // One load for concurrent misses.
  loading ??= load().finally(() => {
    loading = null;
  });
  const map = await loading;
  table = { map, generation, expires: now + TTL_MS };
  return map;
}

/** Where an old address moved to (a path on this site or an absolute URL), or null. */
export async function redirectTarget(key: string): Promise<string | null> {
  return (await redirectTable()).get(key) ?? null;
}

/** Tests: forget the loaded table. */
export function forgetRedirectTable(): void {
  table = null;
}
