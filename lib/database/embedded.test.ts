import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceDataDir, startEmbeddedDatabase } from './embedded';

const root = await mkdtemp(path.join(os.tmpdir(), 'ccn-embedded-'));

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL', () => {
  const dataDir = path.join(root, 'postgres');
  // As root the data lives where the `postgres` user can reach it (mkdtemp's folder is 0700).
  afterAll(async () => {
    await rm(serviceDataDir(dataDir), { recursive: true, force: true });
    await rm(root, { recursive: true, force: true });
  });

  it('starts, keeps a row across a restart, and stops', async () => {
    const first = await startEmbeddedDatabase({ dataDir });
    await withClient(first.url, async (client) => {
      await client.query('CREATE TABLE kept (value TEXT)');
      await client.query("INSERT INTO kept VALUES ('vẫn còn đây')");
    });
    await first.stop();
    await expect(withClient(first.url, (client) => client.query('SELECT 1'))).rejects.toThrow();

    const second = await startEmbeddedDatabase({ dataDir });
    try {
      const rows = await withClient(second.url, async (client) => (await client.query('SELECT value FROM kept')).rows);
      expect(rows).toEqual([{ value: 'vẫn còn đây' }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a second start on the same data folder with a clear message', async () => {
    const running = await startEmbeddedDatabase({ dataDir });
    try {
      await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/is in use by another running server/);
    } finally {
      await running.stop();
    }
  });

  it('listens on loopback only and requires the generated password', async () => {
    const running = await startEmbeddedDatabase({ dataDir });
    try {
      const url = new URL(running.url);
      expect(url.hostname).toBe('127.0.0.1');
      url.password = 'wrong-password';
      await expect(withClient(url.toString(), (client) => client.query('SELECT 1'))).rejects.toThrow(/password authentication failed/);
    } finally {
      await running.stop();
    }
  });
});
