import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';

// ccn_search_candidates (migration 20261126070000_search_scale) picks between walking the newest
// articles and the GIN index per query, and leaves common words out of the index lookup: every
// path must return exactly what the plain definition returns, newest first.

const NOW = new Date('2026-11-20T00:00:00Z');
const ARTICLES = 600;

function words(index: number): string {
  const parts = ['chung']; // in every article: a common word
  if (index % 2 === 0) parts.push('nua'); // half
  if (index % 40 === 0) parts.push('hiem'); // 2.5%
  if ([7, 300, 590].includes(index)) parts.push('ratHiem');
  if (index >= ARTICLES - 5) parts.push('cuoi'); // only the five oldest
  return parts.join(' ');
}

async function expected(query: string, limit: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ article_id: string }[]>`
    SELECT s.article_id FROM article_search s
    WHERE s.lexemes @@ public.ccn_search_query(${query}::text)
      AND s.status = 'PUBLISHED' AND s.deleted_at IS NULL AND s.published_at <= ${NOW}::timestamptz
    ORDER BY s.published_at DESC, s.article_id DESC LIMIT ${limit}::int`;
  return rows.map((row) => row.article_id);
}

async function candidates(query: string, limit: number, walkLimit: number) {
  return prisma.$queryRaw<{ article_id: string; title_match: boolean; rank: number }[]>`
    SELECT c.article_id, c.title_match, c.rank FROM public.ccn_search_candidates(${query}::text, ${NOW}::timestamptz, ${limit}::int, ${walkLimit}::int) c`;
}

describe('ccn_search_candidates', () => {
  beforeAll(async () => {
    const authorId = (await prisma.user.create({ data: { email: 'c@test.vn', name: 'C', passwordHash: '!' } })).id;
    await prisma.article.createMany({
      data: Array.from({ length: ARTICLES }, (_, index) => ({
        slug: `ung-vien-${index}`,
        title: index % 100 === 0 ? `Tiêu đề hiếm ${index}` : `Tiêu đề ${index}`,
        bodyText: words(index),
        body: { type: 'doc', content: [] },
        // Every 50th is not public (draft, trashed, or due later): never a candidate.
        status: index % 150 === 25 ? ('DRAFT' as const) : ('PUBLISHED' as const),
        deletedAt: index % 150 === 75 ? NOW : null,
        publishedAt: new Date(NOW.getTime() - (index % 150 === 125 ? -3_600_000 : (index + 1) * 60_000)),
        authorId,
      })),
    });
  });

  const queries = ['chung', 'chung nua', 'nua hiem', 'hiem', 'chung ratHiem', 'cuoi', 'chung cuoi nua', 'khongco', 'chung khongco'];
  const limits = [1, 10, 101, 1000];
  const walkLimits = [1, 300, 100_000];

  it.each(queries)('returns the newest matches of "%s" whatever the path', async (query) => {
    for (const limit of limits) {
      const want = await expected(query, limit);
      for (const walkLimit of walkLimits) {
        const got = await candidates(query, limit, walkLimit);
        expect(
          got.map((row) => row.article_id),
          `${query} / ${limit} / ${walkLimit}`,
        ).toEqual(want);
      }
    }
  });

  it('marks title matches and ranks title words above body words', async () => {
    const rows = await candidates('hiem', 50, 100_000);
    const byTitle = new Map(rows.map((row) => [row.title_match, row.rank]));
    expect(rows.filter((row) => row.title_match).length).toBeGreaterThan(0);
    expect(rows.filter((row) => !row.title_match).length).toBeGreaterThan(0);
    expect(byTitle.get(true)!).toBeGreaterThan(byTitle.get(false)!);
  });

  it('returns nothing for a query without words', async () => {
    expect(await candidates('%%% ---', 10, 100_000)).toEqual([]);
    expect(await candidates('', 10, 100_000)).toEqual([]);
  });
});
