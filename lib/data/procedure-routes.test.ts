import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { RESERVED_TOP_LEVEL } from '@/lib/routes/reserved';
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
});
