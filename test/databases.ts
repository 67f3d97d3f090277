import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrl } from './database-urls.ts';

/** An empty database (no migrations) on the test server, for tests of the migrator itself. */
export async function createEmptyDatabase(): Promise<string> {
  const serverUrl = inject('serverUrl');
  const name = `ccn_empty_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return databaseUrl(serverUrl, name);
}
