import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/headers', () => import('@/test/next-headers-stub'));
import { saveArticleAction } from '@/lib/actions/articles';
import { prisma } from '@/lib/db';
import { signedInAs } from '@/test/act-as';
import { snapshotDatabase } from '@/test/db-snapshot';
import { invalidatedTags } from '@/test/next-cache-stub';

// No half-written article (issue 5): a publish whose database work fails part-way (here a
// trigger makes the revision insert fail after the article row was updated in the same
// transaction, as a dropped connection or a full disk would) leaves every table as it was, and
// readers' caches are not invalidated for a publish that never happened.

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`
    CREATE FUNCTION fail_marked_revision() RETURNS trigger AS $$
    BEGIN
      IF NEW.title LIKE '%[hỏng]%' THEN RAISE EXCEPTION 'simulated database failure'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql;
    CREATE TRIGGER fail_marked_revision BEFORE INSERT ON article_revisions FOR EACH ROW EXECUTE FUNCTION fail_marked_revision();
  `);
});
afterAll(async () => {
  await admin.end();
});

describe('a publish interrupted by a database failure', () => {
  it('leaves no half-written article, revision or audit entry', async () => {
    await signedInAs('EDITOR');
    const created = await saveArticleAction(null, {
      title: 'Bản nháp an toàn',
      slug: 'ban-nhap-an-toan',
      summary: '',
      categoryId: '',
      coverMediaId: '',
      byline: '',
      body: doc('Bản cũ'),
      intent: 'save',
    } as never);
    expect(created.ok).toBe(true);
    const before = await snapshotDatabase();
    invalidatedTags.length = 0;

    await expect(
      saveArticleAction(null, {
        id: created.data!.id,
        version: created.data!.version,
        title: 'Bản mới [hỏng]',
        slug: 'ban-nhap-an-toan',
        summary: 'Mới',
        categoryId: '',
        coverMediaId: '',
        byline: '',
        body: doc('Bản mới'),
        intent: 'publish',
      } as never),
    ).rejects.toThrow();

    expect(await snapshotDatabase()).toEqual(before);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: created.data!.id as string } });
    expect(row).toMatchObject({ title: 'Bản nháp an toàn', status: 'DRAFT', version: created.data!.version, publishedAt: null });
    expect(invalidatedTags).toEqual([]);

    // The same publish goes through once the database is healthy again.
    const retried = await saveArticleAction(null, {
      id: created.data!.id,
      version: created.data!.version,
      title: 'Bản mới',
      slug: 'ban-nhap-an-toan',
      summary: 'Mới',
      categoryId: '',
      coverMediaId: '',
      byline: '',
      body: doc('Bản mới'),
      intent: 'publish',
    } as never);
    expect(retried).toMatchObject({ ok: true, data: { status: 'PUBLISHED' } });
  });
});
