import type pg from 'pg';

// The tables of the application schema, in an order where every table comes after the tables
// its foreign keys point at (so a restore can insert them one by one with the checks on).

/**
 * Tables that triggers fill from other tables: not backed up, rebuilt by the restore itself
 * (article_search from articles, migration 20261126070000_search_scale; site_search from the
 * other searchable tables, migration 20261206101000_site_search).
 */
export const DERIVED_TABLES: readonly string[] = ['article_search', 'site_search'];

export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
        ORDER BY table_name`,
    )
  ).rows
    .map((row) => row.name)
    .filter((name) => !DERIVED_TABLES.includes(name));
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT DISTINCT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows.map((row) => ({ child: unquote(row.child), parent: unquote(row.parent) }));
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size > 0) {
    const ready = [...pending].filter((table) => edges.every((edge) => edge.child !== table || edge.parent === table || !pending.has(edge.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle between: ${[...pending].join(', ')}`);
    for (const table of ready.sort()) {
      ordered.push(table);
      pending.delete(table);
    }
  }
  return ordered;
}

function unquote(name: string): string {
  return name.replace(/^"(.*)"$/, '$1').replaceAll('""', '"');
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
