import { describe, expect, it, vi } from 'vitest';
// The handler opts out of prerendering with connection(), which needs Next's request scope.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => undefined }));
import { prisma } from '@/lib/db';
import { schedulerToken } from '@/lib/scheduler/token';
import { createTestUser } from '@/test/act-as';
import { invalidatedTags } from '@/test/next-cache-stub';
import { POST } from './route';

process.env.NEXTAUTH_SECRET ??= 'a-test-secret-that-is-long-enough-for-hmac';

// The one scheduler tick (issue 18): it publishes what is due AND takes down what passed its
// "Ẩn sau" time, expiring the caches of both.

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] };
const tick = (token: string | null) =>
  POST(new Request('http://localhost/api/lich-dang-bai', { method: 'POST', headers: token ? { 'x-scheduler-token': token } : {} }));

describe('POST /api/lich-dang-bai', () => {
  it('publishes due articles and hides expired ones in the same tick', async () => {
    const author = await createTestUser('EDITOR');
    const stamp = Date.now();
    const due = await prisma.article.create({
      data: { title: 'Đến giờ', slug: `den-gio-${stamp}`, body, status: 'SCHEDULED', publishedAt: new Date(stamp - 1000), authorId: author.id },
    });
    const expired = await prisma.article.create({
      data: {
        title: 'Hết hạn',
        slug: `het-han-${stamp}`,
        body,
        status: 'PUBLISHED',
        publishedAt: new Date(stamp - 86_400_000),
        unpublishAt: new Date(stamp - 1000),
        authorId: author.id,
      },
    });
    const later = await prisma.article.create({
      data: {
        title: 'Chưa hết hạn',
        slug: `chua-het-${stamp}`,
        body,
        status: 'PUBLISHED',
        publishedAt: new Date(stamp - 86_400_000),
        unpublishAt: new Date(stamp + 3_600_000),
        authorId: author.id,
      },
    });
    invalidatedTags.length = 0;
    expect((await tick('f'.repeat(64))).status).toBe(403);
    expect(await prisma.article.findUniqueOrThrow({ where: { id: expired.id } })).toMatchObject({ status: 'PUBLISHED' });

    const response = await tick(schedulerToken());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ published: 1, hidden: 1 });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: due.id } })).toMatchObject({ status: 'PUBLISHED' });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: expired.id } })).toMatchObject({ status: 'ARCHIVED', unpublishAt: null });
    expect(await prisma.article.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ status: 'PUBLISHED' });
    expect(invalidatedTags).toEqual(expect.arrayContaining([`article:${due.id}`, `article:${expired.id}`, `article-slug:het-han-${stamp}`]));
    expect(invalidatedTags).not.toContain(`article:${later.id}`);
  });
});
