import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { TEMPLATE_DATABASE, databaseUrl } from './database-urls.ts';

// Runs before each test file's imports: the file gets a fresh, migrated database of its own,
// and lib/db.ts (created lazily on first import) connects to it.

const serverUrl = inject('serverUrl');
const databaseName = `ccn_test_${randomBytes(6).toString('hex')}`;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await adminQuery(`CREATE DATABASE "${databaseName}" TEMPLATE "${TEMPLATE_DATABASE}"`);
process.env.DATABASE_URL = databaseUrl(serverUrl, databaseName);

afterAll(async () => {
  const globalForPrisma = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };
  await globalForPrisma.prisma?.$disconnect();
  await adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
});
