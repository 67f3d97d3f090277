import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { databaseFingerprint, snapshotDatabase } from './db-snapshot';

// The access matrix and the fuzz tests trust these to see any write: prove they do.
describe('database snapshots', () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
  });

  it('change when a row is added, updated or removed, and not otherwise', async () => {
    const snapshot = await snapshotDatabase();
    const fingerprint = await databaseFingerprint(client);
    expect(Object.keys(snapshot)).toContain('site_settings');
    expect(await snapshotDatabase()).toEqual(snapshot);
    expect(await databaseFingerprint(client)).toBe(fingerprint);

    await prisma.siteSetting.create({ data: { key: 'snapshot.test', value: 'một' } });
    const added = await snapshotDatabase();
    expect(added.site_settings).toHaveLength(snapshot.site_settings!.length + 1);
    expect(await databaseFingerprint(client)).not.toBe(fingerprint);

    await prisma.siteSetting.update({ where: { key: 'snapshot.test' }, data: { value: 'hai' } });
    expect(await snapshotDatabase()).not.toEqual(added);

    await prisma.siteSetting.delete({ where: { key: 'snapshot.test' } });
    expect(await snapshotDatabase()).toEqual(snapshot);
    expect(await databaseFingerprint(client)).toBe(fingerprint);
  });
});
