import pg from 'pg';

// Every row of every table of the test file's database, as sorted JSON text per table: equal
// snapshots mean nothing was written (the access matrix and the fuzz tests compare them).
// Each snapshot is ONE query over a reused connection: the access matrix and the fuzz tests take
// thousands of them, and a connection plus a query per table each time cost minutes of `npm test`.

export type DatabaseSnapshot = Record<string, string[]>;

type Queryable = Pick<pg.Client, 'query'>;

const TABLES_SQL = `SELECT table_name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
  ORDER BY table_name`;

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

// Tables do not change while a test file runs (migrations ran before it), so each database's
// snapshot queries are built once.
const snapshotSql = new Map<string, Promise<string>>();
const fingerprintSql = new Map<string, Promise<string>>();

async function tableNames(client: Queryable): Promise<string[]> {
  return (await client.query<{ table_name: string }>(TABLES_SQL)).rows.map((row) => row.table_name);
}

function memo(cache: Map<string, Promise<string>>, key: string, build: () => Promise<string>): Promise<string> {
  let sql = cache.get(key);
  if (!sql) {
    sql = build();
    cache.set(key, sql);
    sql.catch(() => cache.delete(key));
  }
  return sql;
}

const pools = new Map<string, pg.Pool>();

function poolFor(connectionString: string): pg.Pool {
  let pool = pools.get(connectionString);
  if (!pool) {
    // allowExitOnIdle: the test process ends without anyone closing this pool.
    pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 1_000, allowExitOnIdle: true });
    // The per-file database is dropped after the file, ending the idle connection: expected.
    pool.on('error', () => {});
    pools.set(connectionString, pool);
  }
  return pool;
}

export async function snapshotDatabase(connectionString = process.env.DATABASE_URL): Promise<DatabaseSnapshot> {
  if (!connectionString) throw new Error('snapshotDatabase: no DATABASE_URL');
  const pool = poolFor(connectionString);
  const sql = await memo(snapshotSql, connectionString, async () => {
    const pairs = (await tableNames(pool)).map(
      (table) =>
        `${quoteLiteral(table)}, (SELECT coalesce(jsonb_agg(to_jsonb(t)::text ORDER BY to_jsonb(t)::text), '[]'::jsonb) FROM ${quoteIdentifier(table)} t)`,
    );
    // jsonb_build_object takes at most 100 arguments: 40 tables an object, the objects merged.
    const objects: string[] = [];
    for (let start = 0; start < pairs.length; start += 40) objects.push(`jsonb_build_object(${pairs.slice(start, start + 40).join(', ')})`);
    return `SELECT ${objects.length > 0 ? objects.join(' || ') : "'{}'::jsonb"} AS snapshot`;
  });
  const result = await pool.query<{ snapshot: DatabaseSnapshot }>(sql);
  return result.rows[0]?.snapshot ?? {};
}

/** One hash over every row of every table: cheap enough to take around each fuzzed call. */
export async function databaseFingerprint(client: pg.Client): Promise<string> {
  const key = `${client.host}:${client.port}/${client.database}`;
  const sql = await memo(fingerprintSql, key, async () => {
    const parts = (await tableNames(client)).map(
      (table) =>
        `(SELECT ${quoteLiteral(`${table}:`)} || count(*) || ':' || coalesce(md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)), '') FROM ${quoteIdentifier(table)} t)`,
    );
    return `SELECT concat_ws(';', ${parts.join(', ')}) AS fingerprint`;
  });
  const result = await client.query<{ fingerprint: string }>(sql);
  return result.rows[0]?.fingerprint ?? '';
}
