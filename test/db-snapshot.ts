import pg from 'pg';

// Every row of every table of the test file's database, as sorted JSON text per table: equal
// snapshots mean nothing was written (the access matrix and the fuzz tests compare them).

export type DatabaseSnapshot = Record<string, string[]>;

export async function snapshotDatabase(connectionString = process.env.DATABASE_URL): Promise<DatabaseSnapshot> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
        ORDER BY table_name`,
    );
    const snapshot: DatabaseSnapshot = {};
    for (const { table_name: table } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${table.replaceAll('"', '""')}" t ORDER BY 1`);
      snapshot[table] = rows.rows.map((r) => r.row);
    }
    return snapshot;
  } finally {
    await client.end();
  }
}

/** One hash over every row of every table: cheap enough to take around each fuzzed call. */
export async function databaseFingerprint(client: pg.Client): Promise<string> {
  const tables = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`,
  );
  const parts = tables.rows.map(({ table_name: table }) => {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    return `(SELECT '${table.replaceAll("'", "''")}:' || count(*) || ':' || coalesce(md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)), '') FROM ${quoted} t)`;
  });
  const result = await client.query<{ fingerprint: string }>(`SELECT concat_ws(';', ${parts.join(', ')}) AS fingerprint`);
  return result.rows[0]?.fingerprint ?? '';
}
