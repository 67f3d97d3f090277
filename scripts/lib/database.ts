import path from 'node:path';
import pg from 'pg';
import type { AppEnv } from '../../lib/config/env.ts';
import { startEmbeddedDatabase } from '../../lib/database/embedded.ts';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/** Connects once to fail early with a clear sentence instead of a stack trace. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(`Cannot reach the database at ${describe(url)} (DATABASE_URL): ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL with its data in DATA_DIR/postgres. */
export async function openDatabase(env: AppEnv, log: (line: string) => void): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const database = await startEmbeddedDatabase({ dataDir: path.join(env.dataDir, 'postgres'), log });
  return { url: database.url, embedded: true, stop: () => database.stop() };
}
