import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { RESERVED_TOP_LEVEL } from '@/lib/routes/reserved';
import { publishedPageLinks } from './pages';
import { resolvePublicPath } from './public-routes';

describe('administrative procedure addresses', () => {
  it('reserves /thu-tuc-hanh-chinh and answers 404 for missing or unpublished procedures', async () => {
    expect(RESERVED_TOP_LEVEL.has('thu-tuc-hanh-chinh')).toBe(true);
    expect(await resolvePublicPath('/thu-tuc-hanh-chinh')).toEqual({ kind: 'render' });
    const base = { field: 'Đầu tư', agency: 'Sở Tài chính', level: 'PROVINCE' as const };
    await prisma.administrativeProcedure.create({ data: { ...base, name: 'A', slug: 'thu-tuc-a', published: true } });
    await prisma.administrativeProcedure.create({ data: { ...base, name: 'B', slug: 'thu-tuc-b', published: false } });
    expect(await resolvePublicPath('/thu-tuc-hanh-chinh/thu-tuc-a')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/thu-tuc-hanh-chinh/thu-tuc-b')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/thu-tuc-hanh-chinh/KHONG HOP LE')).toEqual({ kind: 'not-found' });
  });

  it('reserves /cong-khai and answers 404 for missing or unpublished disclosure items; feeds are separate addresses', async () => {
    expect(RESERVED_TOP_LEVEL.has('cong-khai')).toBe(true);
    expect(await resolvePublicPath('/cong-khai')).toEqual({ kind: 'render' });
    const base = { kind: 'BUDGET' as const, year: 2026, publishedOn: new Date('2026-01-01') };
    await prisma.disclosureItem.create({ data: { ...base, title: 'A', slug: 'cong-khai-a', published: true } });
    await prisma.disclosureItem.create({ data: { ...base, title: 'B', slug: 'cong-khai-b', published: false } });
    expect(await resolvePublicPath('/cong-khai/cong-khai-a')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/cong-khai/cong-khai-b')).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/cong-khai/rss/dau-thau')).toEqual({ kind: 'render' });
  });

  it('reserves /so-do-trang; the HTML sitemap lists published Vietnamese pages only', async () => {
    expect(RESERVED_TOP_LEVEL.has('so-do-trang')).toBe(true);
    expect(await resolvePublicPath('/so-do-trang')).toEqual({ kind: 'render' });
    const body = { type: 'doc', content: [] };
    await prisma.page.create({ data: { title: 'Lịch sử', slug: 'lich-su-test', body, locale: 'vi', published: true } });
    await prisma.page.create({ data: { title: 'Nháp', slug: 'nhap-test', body, locale: 'vi', published: false } });
    await prisma.page.create({ data: { title: 'History', slug: 'history-test', body, locale: 'en', published: true } });
    const links = await publishedPageLinks();
    expect(links).toContainEqual({ slug: 'lich-su-test', title: 'Lịch sử' });
    expect(links.map((link) => link.slug)).not.toContain('nhap-test');
    expect(links.map((link) => link.slug)).not.toContain('history-test');
  });
});
