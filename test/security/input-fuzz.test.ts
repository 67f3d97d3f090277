import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/headers', () => import('@/test/next-headers-stub'));
import { SERVER_ACTION_ACCESS } from '@/lib/auth/endpoint-access';
import { prisma } from '@/lib/db';
import { actAs, createTestUser, type TestUser } from '@/test/act-as';
import { databaseFingerprint } from '@/test/db-snapshot';
import { hostileArgument, hostileValue } from './hostile-input';
import { ROOT, exportedNames, relative, serverActionFiles } from './source-tree';

// Property-based tests (issue 5, input validation): every zod schema in lib/validation and every
// server action get random and hostile input. Schemas always answer with a result; actions
// always answer (a result object, or Next's redirect / 403 / 404), never throw a 500, and leave
// the database exactly as it was whenever they report a failure.

const RUNS_PER_SCHEMA = 150;
const RUNS_PER_ACTION = 25;

describe('every zod schema in lib/validation', () => {
  const dir = path.join(ROOT, 'lib', 'validation');
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

  it('answers every hostile value with success or issues, never a throw or a polluted prototype', async () => {
    let schemas = 0;
    for (const file of files) {
      const loaded = (await import(/* @vite-ignore */ path.join(dir, file))) as Record<string, unknown>;
      for (const [name, schema] of Object.entries(loaded)) {
        if (!(schema instanceof z.ZodType)) continue;
        schemas += 1;
        fc.assert(
          fc.property(hostileValue, (value) => {
            const result = schema.safeParse(value);
            expect(typeof result.success, `${file}#${name}`).toBe('boolean');
            if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
            expect(Object.prototype).not.toHaveProperty('polluted');
            expect(({} as Record<string, unknown>).role).toBeUndefined();
          }),
          { numRuns: RUNS_PER_SCHEMA },
        );
      }
    }
    expect(schemas).toBeGreaterThan(20);
  });
});

describe('every server action, as an ADMIN (past every permission check)', () => {
  let admin: TestUser;
  let client: pg.Client;
  beforeAll(async () => {
    admin = await createTestUser('ADMIN');
    // A second admin, so the last-admin rule does not hide other paths; and rows to aim at.
    await createTestUser('ADMIN');
    const author = await createTestUser('AUTHOR');
    await prisma.category.create({ data: { name: 'Danh mục thử', slug: 'danh-muc-thu' } });
    await prisma.article.create({
      data: { title: 'Bài thử', asciiTitle: 'Bai thu', slug: 'bai-thu', authorId: author.id, body: { type: 'doc', content: [] } },
    });
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
  });

  function acceptableThrow(error: unknown): boolean {
    const digest = (error as { digest?: unknown } | null)?.digest;
    return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || /^NEXT_HTTP_ERROR_FALLBACK;(403|404)$/.test(digest));
  }

  function reportsFailure(result: unknown): boolean {
    if (result === null || typeof result !== 'object') return false;
    return (result as { ok?: unknown }).ok === false;
  }

  // Every action of every 'use server' file (built with defineAction or in the registry), but sign-out.
  const fuzzed = serverActionFiles()
    .flatMap((file) => exportedNames(file).map((name) => `${relative(file)}#${name}`))
    .filter((key) => SERVER_ACTION_ACCESS[key] !== 'own-session');
  for (const key of fuzzed) {
    it(key, async () => {
      const [file, name] = key.split('#') as [string, string];
      const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const action = loaded[name];
      if (!action) throw new Error(`${key} is not exported`);
      await fc.assert(
        fc.asyncProperty(fc.array(hostileArgument, { minLength: 0, maxLength: 3 }), async (args) => {
          await actAs(admin);
          const before = await databaseFingerprint(client);
          let result: unknown;
          try {
            result = await action(...args);
          } catch (error) {
            if (!acceptableThrow(error)) throw error;
            expect(await databaseFingerprint(client)).toBe(before);
            return;
          }
          if (reportsFailure(result)) expect(await databaseFingerprint(client), `${key} failed but wrote`).toBe(before);
        }),
        { numRuns: RUNS_PER_ACTION },
      );
    });
  }
});
