import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { searchPageSql } from '../../lib/data/search-sql.ts';
import { siteSearchSql, type SiteSearchFilter } from '../../lib/data/site-search-sql.ts';
import type { StaffActor } from '../../lib/data/staff/actor.ts';
import { articleListQuerySchema } from '../../lib/validation/article.ts';

// EXPLAIN (ANALYZE, BUFFERS) of the public search and the admin article list exactly as the app
// sends them: the search's SQL from lib/data/search-sql.ts (with, through auto_explain, the plans
// of the statements inside ccn_search_candidates), the admin list's from Prisma's own query log
// while listArticlesForStaff runs. Shared by `npm run bench` and `npm run explain:search`; both
// run under the react-server condition so that the server-only DAL can be imported here.

export interface QueryPlan {
  title: string;
  plan: string;
}

export const SEARCH_EXAMPLES: [string, string, number][] = [
  ['search "cong nghiep", page 1 (nearly every article matches)', 'cong nghiep', 1],
  ['search "cong nghiep tam diep", page 3 (8% match)', 'cong nghiep tam diep', 3],
  ['search "cong nghiep yen khanh yen mo" (0.9% match)', 'cong nghiep yen khanh yen mo', 1],
  ['search "cong nghiep gia vien nho quan" (no article matches)', 'cong nghiep gia vien nho quan', 1],
];

/** The one search over everything (/tim-kiem, issue 15): articles plus every other public type. */
export const SITE_SEARCH_EXAMPLES: [string, string, SiteSearchFilter][] = [
  ['site search "cong nghiep", all types, page 1', 'cong nghiep', { kind: null, year: null, page: 1 }],
  ['site search "cong nghiep tam diep", all types, page 3', 'cong nghiep tam diep', { kind: null, year: null, page: 3 }],
  ['site search "cong nghiep", legal documents of 2024', 'cong nghiep', { kind: 'LEGAL_DOCUMENT', year: 2024, page: 1 }],
  ['site search "cong nghiep", articles of 2025, page 2', 'cong nghiep', { kind: 'ARTICLE', year: 2025, page: 2 }],
  ['site search "cong nghiep gia vien nho quan" (no article matches)', 'cong nghiep gia vien nho quan', { kind: null, year: null, page: 1 }],
];

export const ADMIN_LISTS: [string, Record<string, string>][] = [
  ['admin list, page 1', {}],
  ['admin list, filtered (PUBLISHED, "cong nghiep", page 3)', { trangThai: 'PUBLISHED', q: 'cong nghiep', trang: '3' }],
  ['admin list, title A-Z, page 2', { sapXep: 'title-asc', trang: '2' }],
  ['admin list, newest publication first', { sapXep: 'published-desc' }],
  ['admin list, pending review', { trangThai: 'PENDING_REVIEW' }],
];

export const BENCH_ADMIN: StaffActor = { id: '00000000-0000-0000-0000-000000000000', role: 'ADMIN' };

/** Runs `sql` under EXPLAIN (ANALYZE, BUFFERS); plans of nested statements (auto_explain) follow. */
export async function explain(client: pg.Client, title: string, sql: string, values: unknown[]): Promise<QueryPlan> {
  const nested: string[] = [];
  const onNotice = (notice: { message?: string }) => {
    if (notice.message?.startsWith('duration:')) nested.push(notice.message);
  };
  await client.query(`LOAD 'auto_explain'`);
  await client.query(`SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on;
                      SET auto_explain.log_nested_statements = on; SET client_min_messages = log`);
  client.on('notice', onNotice);
  try {
    const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
    // The nested statements worth reading: the ones that touch a table (not the tiny helpers).
    const inner = nested.filter((message) => / on (article_search|articles|site_search)\b/.test(message) && !message.includes('EXPLAIN'));
    const plan = [
      result.rows.map((row) => row['QUERY PLAN']).join('\n'),
      ...inner.map((message) => `--- a statement inside:\n${message.replace(/^duration: [\d.]+ ms\s+plan:\n/, '')}`),
    ].join('\n');
    return { title, plan };
  } finally {
    client.off('notice', onNotice);
    await client.query('SET client_min_messages = notice; SET auto_explain.log_min_duration = -1');
  }
}

/** A Prisma client that records the SQL it sends, installed as lib/db.ts's client. */
export function installLoggingPrisma(databaseUrl: string): { captured: { query: string; params: unknown[] }[]; client: PrismaClient } {
  const captured: { query: string; params: unknown[] }[] = [];
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 8 }), log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  return { captured, client };
}

/** `captured`: from installLoggingPrisma(), called before anything imported lib/db.ts. */
export async function explainSearchAndAdminList(
  databaseUrl: string,
  captured: { query: string; params: unknown[] }[],
  log: (line: string) => void = () => {},
): Promise<QueryPlan[]> {
  const { listArticlesForStaff } = await import('../../lib/data/staff/articles.ts');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const plans: QueryPlan[] = [];
  try {
    const now = new Date();
    for (const [title, query, page] of SEARCH_EXAMPLES) {
      const sql = searchPageSql(query, page, now);
      plans.push(await explain(client, title, sql.text, sql.values));
    }
    for (const [title, query, filter] of SITE_SEARCH_EXAMPLES) {
      const sql = siteSearchSql(query, filter, now);
      plans.push(await explain(client, title, sql.text, sql.values));
    }
    for (const [title, params] of ADMIN_LISTS) {
      captured.length = 0;
      const list = await listArticlesForStaff(BENCH_ADMIN, articleListQuerySchema.parse(params));
      log(`${title}: ${list.rows.length} rows, ${list.more ? 'more than ' : ''}${list.total} counted, ${list.pageCount} pages`);
      for (const statement of captured) {
        const kind = /SELECT COUNT\(\*\)/i.test(statement.query) ? 'count' : /FROM "public"\."articles"/.test(statement.query) ? 'rows' : 'related rows';
        plans.push(await explain(client, `${title} (${kind})`, statement.query, statement.params));
      }
    }
  } finally {
    await client.end();
  }
  return plans;
}

/** Sequential and index scans so far of the tables the search and the admin list read. */
export async function tableScans(
  client: pg.ClientBase,
  tables: readonly string[] = ['articles', 'article_search', 'site_search'],
): Promise<Record<string, { seq: number; index: number }>> {
  const { rows } = await client.query<{ relname: string; seq_scan: string; idx_scan: string }>(
    `SELECT relname, seq_scan, coalesce(idx_scan, 0) AS idx_scan FROM pg_stat_user_tables WHERE relname = ANY($1::text[])`,
    [tables],
  );
  return Object.fromEntries(rows.map((row) => [row.relname, { seq: Number(row.seq_scan), index: Number(row.idx_scan) }]));
}
