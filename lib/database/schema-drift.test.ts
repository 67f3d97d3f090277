import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actualFacts, compareFacts, expectedFacts, loadDmmf, SCHEMA_FILE } from './schema-drift';

// DATABASE_URL is this file's own database, migrated from prisma/migrations.
const databaseUrl = () => process.env.DATABASE_URL!;

describe('schema.prisma and the migrations', () => {
  it('describe the same tables, columns, types, nullability, defaults, keys, indexes and foreign keys', async () => {
    const drift = compareFacts(expectedFacts(loadDmmf()), await actualFacts(databaseUrl()));
    expect(drift).toEqual({ onlyInSchema: [], onlyInDatabase: [] });
  });

  it('covers every kind of fact it claims to compare', async () => {
    const facts = [...(await actualFacts(databaseUrl()))];
    for (const kind of ['table ', 'enum ', ' not null', ' nullable', ' default CURRENT_TIMESTAMP', 'primary key ', 'unique index ', 'index ', 'foreign key ']) {
      expect(
        facts.some((fact) => fact.includes(kind)),
        kind,
      ).toBe(true);
    }
  });

  const schemaText = readFileSync(SCHEMA_FILE, 'utf8');
  const editsToSchemaOnly: [string, string, string][] = [
    ['a new column', '  byline       String        @default("")', '  byline       String        @default("")\n  subtitle     String?'],
    ['a changed type', '  version      Int           @default(1)', '  version      BigInt        @default(1)'],
    [
      'a dropped nullability',
      '  lockedUntil     DateTime? @map("locked_until") @db.Timestamptz(3)',
      '  lockedUntil     DateTime  @map("locked_until") @db.Timestamptz(3)',
    ],
    ['a changed default', '  disabled        Boolean   @default(false)', '  disabled        Boolean   @default(true)'],
    ['a new unique', '  name        String\n  slug        String    @unique', '  name        String    @unique\n  slug        String    @unique'],
    ['a removed index', '  @@index([deletedAt])\n', ''],
    ['a changed foreign key action', 'onDelete: Restrict)\n  category', 'onDelete: Cascade)\n  category'],
  ];

  it.each(editsToSchemaOnly)('report drift when schema.prisma gains %s but the migrations do not', async (_label, from, to) => {
    expect(schemaText).toContain(from);
    const drift = compareFacts(expectedFacts(loadDmmf(schemaText.replace(from, to))), await actualFacts(databaseUrl()));
    expect(drift.onlyInSchema.length + drift.onlyInDatabase.length).toBeGreaterThan(0);
  });
});

describe('a migration that schema.prisma does not know about', () => {
  it('is reported as drift', async () => {
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE "videos" ADD COLUMN "duration_seconds" INTEGER');
      await client.query('CREATE INDEX "videos_title_idx" ON "videos"("title")');
      await client.query('COMMIT');
      const drift = compareFacts(expectedFacts(loadDmmf()), await actualFacts(databaseUrl()));
      expect(drift.onlyInSchema).toEqual([]);
      expect(drift.onlyInDatabase).toEqual([
        'column videos.duration_seconds default none',
        'column videos.duration_seconds integer',
        'column videos.duration_seconds nullable',
        'index videos(title)',
      ]);
    } finally {
      await client.end();
    }
  });
});
