import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createPrismaClient } from '../lib/database/client.ts';
import { startEmbeddedDatabase } from '../lib/database/embedded.ts';
import { migrate } from '../lib/database/migrator.ts';
import { SEARCH_RESULT_LIMIT, searchPageSql } from '../lib/data/search-sql.ts';
import { seedDemoContent } from '../lib/seed/demo-content.ts';
import { seedSyntheticArticles } from '../lib/seed/synthetic.ts';
import { articleListQuerySchema } from '../lib/validation/article.ts';
import { benchSearches, type BenchSearch } from './lib/bench-searches.ts';
import { ADMIN_LISTS, BENCH_ADMIN, explainSearchAndAdminList, installLoggingPrisma, tableScans } from './lib/query-plans.ts';

// `npm run explain:search [-- --articles 100000 --data-dir DIR --runs 40]`: seeds an isolated
// embedded PostgreSQL with N synthetic articles (timed), then prints EXPLAIN (ANALYZE, BUFFERS)
// (with the plans inside ccn_search_candidates, through auto_explain) and latencies, 1 and 8
// clients, of the public search and of the admin article list exactly as the app sends them
// (lib/data/search-sql.ts; the SQL Prisma generates for listArticlesForStaff), and whether any of
// it scanned a table sequentially. With --data-dir the seeded database is kept and reused
// (pending migrations are applied first, timed). Runs under the react-server condition (see
// package.json) so that the server-only DAL can be imported; nothing here asserts.

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '100000' }, 'data-dir': { type: 'string' }, runs: { type: 'string', default: '40' } },
});
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const log = (line: string) => console.log(`[explain] ${line}`);
const load = () =>
  `load average ${os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${os.cpus().length} cores`;

interface Timing {
  p50: number;
  p95: number;
  max: number;
}

function percentiles(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;
  return { p50: at(50), p95: at(95), max: at(100) };
}

/** Runs `task(i)` `runs` times over `concurrency` workers and returns the latency percentiles. */
async function time(runs: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < runs) {
        const index = next;
        next += 1;
        const started = performance.now();
        await task(index);
        samples.push(performance.now() - started);
      }
    }),
  );
  return percentiles(samples);
}

/** The benchmark's search requests, spread over the run. */
function spreadBenchSearches(): BenchSearch[] {
  const searches = benchSearches();
  // Spread the kinds of query over the run (the bench walks them in order, round-robin).
  return searches
    .map((search, index) => ({ search, key: (index * 7919) % searches.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ search }) => search);
}

async function main(): Promise<void> {
  const tempDir = values['data-dir'] ? undefined : await mkdtemp(path.join(os.tmpdir(), 'ccn-explain-'));
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : path.join(tempDir!, 'pg');
  const database = await startEmbeddedDatabase({ dataDir, persistent: Boolean(values['data-dir']) });
  try {
    const migrationStart = performance.now();
    await migrate(database.url, { log });
    log(`Migrations up to date in ${((performance.now() - migrationStart) / 1000).toFixed(1)} s (${load()}).`);
    const seeding = createPrismaClient(database.url, { max: 4, statementTimeoutMs: 600_000 });
    try {
      await seedDemoContent(seeding);
      const existing = await seeding.article.count();
      if (existing < ARTICLES) {
        const started = performance.now();
        const inserted = await seedSyntheticArticles(seeding, ARTICLES);
        log(`Seeded ${inserted} synthetic articles in ${((performance.now() - started) / 1000).toFixed(1)} s (${load()}).`);
      }
      await seeding.$executeRawUnsafe('VACUUM ANALYZE articles');
      await seeding.$executeRawUnsafe('VACUUM ANALYZE article_search');
    } finally {
      await seeding.$disconnect();
    }

    const scansBefore = await (async () => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        return await tableScans(client);
      } finally {
        await client.end();
      }
    })();
    log(`${load()}.`);
    // The DAL's own client (lib/db.ts), recording the SQL Prisma sends.
    const { captured, client: logging } = installLoggingPrisma(database.url);
    for (const { title, plan } of await explainSearchAndAdminList(database.url, captured, log))
      console.log(`\n=== EXPLAIN (ANALYZE, BUFFERS): ${title}\n${plan}`);
    const { listArticlesForStaff } = await import('../lib/data/staff/articles.ts');
    const pool = new pg.Pool({ connectionString: database.url, max: 8 });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const searches = spreadBenchSearches();
      const summary: string[] = [];
      const timed = async (name: string, runs: number, task: (index: number) => Promise<unknown>) => {
        await time(Math.min(runs, 10), 1, task); // warm the pool and the caches
        const one = await time(runs, 1, task);
        const eight = await time(runs * 2, 8, task);
        summary.push(`| ${name} | ${one.p50} | ${one.p95} | ${eight.p50} | ${eight.p95} | ${eight.max} |`);
      };
      if (RUNS > 0) {
        await timed('search "cong nghiep", page 1', RUNS, () => pool.query(searchPageSql('cong nghiep', 1, new Date())));
        await timed(`search, the bench's ${searches.length} queries`, RUNS * 5, (index) => {
          const search = searches[index % searches.length]!;
          return pool.query(searchPageSql(search.query, search.page, new Date()));
        });
        for (const [title, params] of ADMIN_LISTS.slice(0, 2)) {
          const query = articleListQuerySchema.parse(params);
          await timed(`${title} (rows + count)`, RUNS, () => listArticlesForStaff(BENCH_ADMIN, query));
        }
        console.log(`\n${load()} after timing. Latencies in ms (the database only: no HTTP, no rendering).`);
        console.log(
          `\n| Query | p50, 1 client | p95, 1 client | p50, 8 clients | p95, 8 clients | max, 8 clients |\n|---|---:|---:|---:|---:|---:|\n${summary.join('\n')}`,
        );
      }
      // Idle backends report their table statistics within 10 s.
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      const scansAfter = await tableScans(client);
      for (const table of ['articles', 'article_search']) {
        log(
          `${table}: ${scansAfter[table]!.seq - scansBefore[table]!.seq} sequential scans, ${scansAfter[table]!.index - scansBefore[table]!.index} index scans during the run.`,
        );
      }
      log(`Search results are capped at ${SEARCH_RESULT_LIMIT}.`);
    } finally {
      await client.end();
      await pool.end();
      await logging.$disconnect();
    }
  } finally {
    await database.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('[explain]', error);
  process.exit(1);
});
