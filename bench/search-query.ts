import pg from 'pg';
import { searchPageSql } from '../lib/data/search-sql.ts';
import { type LatencySummary, summarizeLatencies } from './latency-summary.ts';

// The public search's own SQL (lib/data/search-sql.ts), sent straight to PostgreSQL by
// `concurrency` callers at once for a fixed time: the search's cost at the data layer, apart
// from rendering the page around it. No application cache is involved.

export interface QueryLoadResult {
  queriesPerSecond: number;
  latencyMs: LatencySummary;
  queries: number;
}

export async function loadSearchQueries(
  databaseUrl: string,
  searches: { query: string; page: number }[],
  concurrency: number,
  durationSeconds: number,
): Promise<QueryLoadResult> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  const latencies: number[] = [];
  let next = 0;
  const deadline = performance.now() + durationSeconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const search = searches[next++ % searches.length]!;
          const sql = searchPageSql(search.query, search.page, new Date());
          const started = performance.now();
          await pool.query(sql.text, sql.values);
          latencies.push(performance.now() - started);
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return {
    queriesPerSecond: Math.round((latencies.length / durationSeconds) * 10) / 10,
    latencyMs: summarizeLatencies(latencies),
    queries: latencies.length,
  };
}
