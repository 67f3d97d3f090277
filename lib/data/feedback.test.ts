import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
import { NextRequest } from 'next/server';
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { actAs, signedInAs } from '@/test/act-as';
import { POST } from '@/app/api/danh-gia/route';
import { GET as exportCsv } from '@/app/quan-tri/danh-gia/csv/route';
import { FEEDBACK_LIMITS, feedbackByItem, feedbackByMonth, feedbackComments, recordFeedback } from './feedback';
import { forgetSaltMemo, visitorKeys } from './visitors';
import { e2eLikeArticle, publishedProcedureIds } from '@/test/published-article';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140';

function vote(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return POST(
    new NextRequest('http://127.0.0.1:3000/api/danh-gia', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': UA, 'x-forwarded-for': '203.0.113.80', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

let articleId: string;
beforeEach(async () => {
  articleId ??= await e2eLikeArticle();
});

describe('rating widget endpoint', () => {
  it('stores one vote per visitor, item and day; a second is refused, another browser counts', async () => {
    const first = await vote({ kind: 'article', id: articleId, score: 4, comment: 'Rõ ràng, dễ hiểu.' });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, message: 'Cảm ơn bạn đã đánh giá!' });
    const again = await vote({ kind: 'article', id: articleId, score: 1 });
    expect(again.status).toBe(409);
    expect((await vote({ kind: 'article', id: articleId, score: 2 }, { 'user-agent': 'Firefox/140' })).status).toBe(200);
    expect((await vote({ kind: 'article', id: articleId, score: 5 }, { 'x-forwarded-for': '203.0.113.81' })).status).toBe(200);
    const rows = await prisma.feedbackVote.findMany({ where: { targetId: articleId } });
    expect(rows.map((row) => row.score).sort()).toEqual([2, 4, 5]);
    // Nothing raw is kept: no IP, no User-Agent in any column.
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113|Chrome|Firefox|Mozilla/);
  });

  it('counts a burst of identical double-clicks once', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => vote({ kind: 'article', id: articleId, score: 3 }, { 'x-forwarded-for': '203.0.113.90' })),
    );
    expect(results.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
  });

  it('refuses bad input in Vietnamese and stores nothing', async () => {
    const before = await prisma.feedbackVote.count();
    for (const [body, status] of [
      ['không phải json', 400],
      [{ kind: 'article', id: articleId, score: 6 }, 400],
      [{ kind: 'article', id: articleId, score: 0 }, 400],
      [{ kind: 'video', id: articleId, score: 3 }, 400],
      [{ kind: 'article', id: '../../etc', score: 3 }, 400],
      [{ kind: 'article', id: articleId, score: 3, comment: 'x'.repeat(1001) }, 400],
      [{ kind: 'article', id: '00000000-0000-4000-8000-000000000000', score: 3 }, 404],
      [{ kind: 'page', id: articleId, score: 3 }, 404],
    ] as const) {
      const response = await vote(body, { 'x-forwarded-for': '203.0.113.99' });
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect((await response.json()).message).toMatch(/[ạảãáàâăđêôơưĐ]/);
    }
    expect((await vote({ kind: 'article', id: articleId, score: 3 }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await vote('x'.repeat(5000))).status).toBe(413);
    expect(await prisma.feedbackVote.count()).toBe(before);
  });

  it('refuses floods from one network, whatever the User-Agent', async () => {
    const ip = '198.51.100.200';
    const procedures = await publishedProcedureIds(FEEDBACK_LIMITS.perNetwork + 4, 'lu-lut');
    const statuses: number[] = [];
    for (let index = 0; index < FEEDBACK_LIMITS.perNetwork + 3; index += 1) {
      statuses.push((await vote({ kind: 'procedure', id: procedures[index], score: 5 }, { 'x-forwarded-for': ip, 'user-agent': `Bot ${index}` })).status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(FEEDBACK_LIMITS.perNetwork);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    expect((await vote({ kind: 'procedure', id: procedures.at(-1), score: 5 }, { 'x-forwarded-for': '198.51.100.201' })).status).toBe(200);
    expect((await vote({ kind: 'procedure', id: 'TTHC-khong-co', score: 5 }, { 'x-forwarded-for': '198.51.100.202' })).status).toBe(404);
    const report = await feedbackByItem();
    expect(report.find((row) => row.id === procedures[0])).toMatchObject({
      kind: 'procedure',
      title: 'Thủ tục lu-lut 0',
      path: '/thu-tuc-hanh-chinh/lu-lut-0',
    });
  });
});

describe('visitor keys', () => {
  it('are stable within a day, change with the day, and the old salt is deleted', async () => {
    forgetSaltMemo();
    const day1 = new Date('2030-01-01T10:00:00+07:00');
    const a = await visitorKeys('192.0.2.1', UA, day1);
    forgetSaltMemo();
    expect(await visitorKeys('192.0.2.1', UA, new Date('2030-01-01T23:59:00+07:00'))).toEqual(a);
    expect((await visitorKeys('192.0.2.2', UA, day1)).visitor).not.toBe(a.visitor);
    const next = await visitorKeys('192.0.2.1', UA, new Date('2030-01-02T00:01:00+07:00'));
    expect(next.visitor).not.toBe(a.visitor);
    expect(next.day.toISOString().slice(0, 10)).toBe('2030-01-02');
    expect(await prisma.visitorSalt.findMany({ where: { day: new Date('2030-01-01') } })).toEqual([]);
    forgetSaltMemo();
  });

  it('count a vote on the next Vietnam day again (midnight is UTC+7)', async () => {
    const [id] = await publishedProcedureIds(1, 'ngay');
    const client = { ip: '192.0.2.50', userAgent: UA };
    const vote = { kind: 'procedure' as const, id: id!, comment: '' };
    expect(await recordFeedback({ ...vote, score: 4 }, client, new Date('2030-02-01T16:59:00Z'))).toBe('stored');
    expect(await recordFeedback({ ...vote, score: 4 }, client, new Date('2030-02-01T16:59:30Z'))).toBe('duplicate');
    expect(await recordFeedback({ ...vote, score: 2 }, client, new Date('2030-02-01T17:00:30Z'))).toBe('stored');
    forgetSaltMemo();
  });
});

describe('report', () => {
  it('gives average and count per item and per month, the comments, and CSV to EDITOR and ADMIN only', async () => {
    expect((['ADMIN', 'EDITOR', 'AUTHOR'] as const).map((role) => can(role, 'feedback.view'))).toEqual([true, true, false]);
    const items = await feedbackByItem();
    const article = items.find((item) => item.id === articleId);
    expect(article).toMatchObject({ kind: 'article', title: 'Bài được đánh giá', path: '/tin-tuc/bai-duoc-danh-gia', votes: 4, comments: 1 });
    expect(article?.average).toBe(3.5);
    const months = await feedbackByMonth();
    expect(months.length).toBeGreaterThan(0);
    expect(months.reduce((sum, month) => sum + month.votes, 0)).toBe(await prisma.feedbackVote.count());
    expect((await feedbackComments()).map((comment) => comment.comment)).toContain('Rõ ràng, dễ hiểu.');

    await actAs(null);
    expect((await exportCsv(new Request('http://127.0.0.1/quan-tri/danh-gia/csv'))).status).toBe(401);
    await signedInAs('AUTHOR');
    expect((await exportCsv(new Request('http://127.0.0.1/quan-tri/danh-gia/csv'))).status).toBe(403);
    await signedInAs('EDITOR');
    const csv = await exportCsv(new Request('http://127.0.0.1/quan-tri/danh-gia/csv'));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text).toContain(`Tin bài,${articleId},Bài được đánh giá,/tin-tuc/bai-duoc-danh-gia,4,3.5,1`);
    expect(await (await exportCsv(new Request('http://127.0.0.1/quan-tri/danh-gia/csv?bang=gop-y'))).text()).toContain('Rõ ràng, dễ hiểu.');
    expect(await (await exportCsv(new Request('http://127.0.0.1/quan-tri/danh-gia/csv?bang=thang'))).text()).toMatch(/Tháng,Số lượt,Điểm trung bình/);
  });
});
