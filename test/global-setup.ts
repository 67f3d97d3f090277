import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/database/embedded.ts';
import { migrate } from '../lib/database/migrator.ts';
import { TEMPLATE_DATABASE, databaseUrl } from './database-urls.ts';

// One PostgreSQL for the whole run (the embedded one, or TEST_DATABASE_URL's server) and one
// migrated template database; every test file then gets its own copy of the template.

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'ccn-test-db-'));
    embedded = await startEmbeddedDatabase({ dataDir: path.join(tempDir, 'pg'), persistent: false });
    serverUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await admin.end();
  await migrate(databaseUrl(serverUrl, TEMPLATE_DATABASE));
  project.provide('serverUrl', serverUrl);

  return async () => {
    await embedded?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
