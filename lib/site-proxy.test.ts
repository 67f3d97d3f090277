import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { forgetRedirectTable } from '@/lib/data/redirects';
import { publicSiteProxy } from './site-proxy';

// @ts-expect-error plain JavaScript module (loaded by Next as the 'use cache' handler)
const { announceInvalidation } = (await import('./cache/cache-handler.mjs')) as { announceInvalidation: (tags: readonly string[]) => void };

const request = (address: string) => new NextRequest(new URL(address, 'http://localhost:3000'));

async function answer(address: string) {
  const response = await publicSiteProxy(request(address));
  return { status: response?.status, location: response?.headers.get('location') ?? null, rewrite: response?.headers.get('x-middleware-rewrite') ?? null };
}

describe('publicSiteProxy and the redirect table', () => {
  beforeAll(async () => {
    const author = await prisma.user.create({ data: { email: 'redirect@test.vn', name: 'R', passwordHash: '!' } });
    await prisma.article.create({
      data: { title: 'Bài mới', slug: 'bai-moi', body: {}, status: 'PUBLISHED', publishedAt: new Date('2026-01-01'), authorId: author.id },
    });
    await prisma.redirect.createMany({
      data: [
        { fromPath: '/?p=101', toPath: '/tin-tuc/bai-moi' },
        { fromPath: '/2023/05/bai-cu', toPath: '/tin-tuc/bai-moi' },
        { fromPath: '/category/tin-tuc', toPath: '/tin-tuc/danh-muc/tin-hoat-dong' },
        { fromPath: '/gioi-thieu-cu', toPath: '/gioi-thieu' },
        { fromPath: '/bai-moi', toPath: '/tin-tuc/bai-moi' },
      ],
    });
    forgetRedirectTable();
  });

  it('answers WordPress addresses with 308 to the new address, without their old query', async () => {
    expect(await answer('/?p=101')).toMatchObject({ status: 308, location: 'http://localhost:3000/tin-tuc/bai-moi' });
    expect(await answer('/?p=101&utm_source=zalo')).toMatchObject({ status: 308, location: 'http://localhost:3000/tin-tuc/bai-moi' });
    expect(await answer('/2023/05/bai-cu/')).toMatchObject({ status: 308, location: 'http://localhost:3000/tin-tuc/bai-moi' });
    expect(await answer('/2023/05/BAI-CU')).toMatchObject({ status: 308, location: 'http://localhost:3000/tin-tuc/bai-moi' });
    expect(await answer('/category/tin-tuc/')).toMatchObject({ status: 308, location: 'http://localhost:3000/tin-tuc/danh-muc/tin-hoat-dong' });
  });

  it('answers 404 for WordPress addresses it does not know, and leaves the home page alone', async () => {
    expect((await answer('/?p=999')).rewrite).toContain('/khong-tim-thay/404');
    expect((await answer('/2023/05/khong-co')).rewrite).toContain('/khong-tim-thay/404');
    expect((await answer('/tag/khong-co')).rewrite).toContain('/khong-tim-thay/404');
    expect(await publicSiteProxy(request('/'))).toBeUndefined();
    expect(await publicSiteProxy(request('/?trang=2'))).toBeUndefined();
  });

  it('redirects a missing one-segment address by hand-made redirect, keeping the query', async () => {
    expect(await answer('/gioi-thieu-cu?ref=cu')).toMatchObject({ status: 308, location: 'http://localhost:3000/gioi-thieu?ref=cu' });
    expect(await answer('/bai-moi')).toMatchObject({ status: 308, location: 'http://localhost:3000/tin-tuc/bai-moi' });
  });

  it('reads the table once until content changes, and never for an address that exists', async () => {
    forgetRedirectTable();
    const findMany = vi.spyOn(prisma.redirect, 'findMany');
    try {
      expect(await publicSiteProxy(request('/tin-tuc/bai-moi'))).toBeUndefined();
      expect(await publicSiteProxy(request('/tin-tuc'))).toBeUndefined();
      expect(findMany).toHaveBeenCalledTimes(0);
      await answer('/?p=101');
      await answer('/2023/05/bai-cu');
      await answer('/gioi-thieu-cu');
      expect(findMany).toHaveBeenCalledTimes(1);
      // A new redirect is seen after the next invalidation (what every action's save triggers).
      await prisma.redirect.create({ data: { fromPath: '/?p=7', toPath: '/tin-tuc/bai-moi' } });
      announceInvalidation(['redirects']);
      expect(await answer('/?p=7')).toMatchObject({ status: 308 });
      expect(findMany).toHaveBeenCalledTimes(2);
    } finally {
      findMany.mockRestore();
    }
  });
});
