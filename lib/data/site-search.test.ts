import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { SEARCH_RESULT_LIMIT } from './search-sql';
import { parseSearchFilter, searchSite, type SiteSearchResults } from './site-search';

// The one search over everything, against rows of every type written through their own tables
// (site_search is kept by triggers): facet counts, filters, accents, visibility, paging.

const WORD = 'Khoáng sản';
let authorId = '';
const anHourAgo = () => new Date(Date.now() - 3_600_000);
const doc = { type: 'doc', content: [] };

const kindsOf = (results: SiteSearchResults) => Object.fromEntries(results.kinds.map((facet) => [facet.value, facet.count]));
const yearsOf = (results: SiteSearchResults) => Object.fromEntries(results.years.map((facet) => [facet.value, facet.count]));

beforeAll(async () => {
  authorId = (await prisma.user.create({ data: { email: 'search@test.vn', name: 'S', passwordHash: '!' } })).id;
  const article = (slug: string, title: string, publishedAt: Date, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
    prisma.article.create({ data: { slug, title, bodyText: 'Nội dung.', body: doc, status, publishedAt, authorId } });
  await article('tin-khoang-san-2025', `Tin ${WORD} năm 2025`, new Date('2025-05-01T03:00:00Z'));
  await article('tin-khoang-san-2026', `Tin ${WORD} năm 2026`, new Date('2026-03-01T03:00:00Z'));
  await article('tin-nhap', `Bản nháp ${WORD}`, anHourAgo(), 'DRAFT');
  const legal = (number: string, issuedOn: string, published = true) =>
    prisma.legalDocument.create({
      data: {
        documentType: 'QUYET_DINH',
        number,
        issuingBody: 'UBND tỉnh Ninh Bình',
        issuedOn: new Date(issuedOn),
        summary: `Quy định về ${WORD} làm vật liệu xây dựng`,
        published,
      },
    });
  await legal('10/2025/QĐ-UBND', '2025-02-10');
  await legal('11/2026/QĐ-UBND', '2026-02-10');
  await legal('12/2026/QĐ-UBND', '2026-04-10', false);
  await prisma.administrativeProcedure.create({
    data: {
      name: `Cấp giấy phép thăm dò ${WORD}`,
      slug: 'tham-do-khoang-san',
      field: 'Địa chất',
      agency: 'Sở Nông nghiệp và Môi trường',
      level: 'PROVINCE',
      published: true,
    },
  });
  await prisma.disclosureItem.create({
    data: {
      kind: 'PROCUREMENT',
      title: `Gói thầu khảo sát ${WORD}`,
      slug: 'goi-thau-khoang-san',
      year: 2026,
      publishedOn: new Date('2026-06-01'),
      published: true,
    },
  });
  await prisma.industrialCluster.create({
    data: { name: 'Cụm công nghiệp Gia Phú', slug: 'ccn-gia-phu', plannedAreaHa: 50, description: doc, descriptionText: `Gần mỏ ${WORD}.`, published: true },
  });
  await prisma.project.create({
    data: { title: `Quy hoạch ${WORD}`, slug: 'quy-hoach-khoang-san', kind: 'PLAN', startYear: 2025, summary: 'Tóm tắt.', published: true },
  });
  await prisma.page.create({ data: { title: 'Chức năng nhiệm vụ', slug: 'chuc-nang', body: doc, bodyText: `Quản lý ${WORD} trong cụm.` } });
  await prisma.questionItem.create({
    data: {
      code: 'HD-1',
      askerName: 'Người Hỏi Bí Mật',
      askerEmail: 'an-danh@example.vn',
      topic: 'Đầu tư',
      body: `Thủ tục thuê đất gần mỏ ${WORD}?`,
      status: 'ANSWERED',
      title: 'Thuê đất gần mỏ',
      slug: 'thue-dat-gan-mo',
      answerText: 'Trả lời.',
      answeredAt: new Date('2026-07-01T03:00:00Z'),
      published: true,
    },
  });
  await prisma.questionItem.create({ data: { code: 'HD-2', askerName: 'B', topic: 'Khác', body: `Câu hỏi chưa trả lời về ${WORD}`, status: 'RECEIVED' } });
  await prisma.video.create({
    data: {
      title: `Phóng sự ${WORD}`,
      slug: 'phong-su',
      source: 'YOUTUBE',
      youtubeId: 'abcdefghijk',
      published: true,
      publishedAt: new Date('2025-09-01T03:00:00Z'),
    },
  });
});

describe('searchSite', () => {
  it('finds every public type, without accents or case, with counts per type and per year', async () => {
    for (const query of ['khoang san', 'KHOÁNG SẢN', 'Khoáng Sản']) {
      const results = await searchSite(query, { kind: null, year: null, page: 1 });
      expect(kindsOf(results)).toEqual({ ARTICLE: 2, LEGAL_DOCUMENT: 2, PROCEDURE: 1, DISCLOSURE: 1, CLUSTER: 1, PROJECT: 1, PAGE: 1, QUESTION: 1, VIDEO: 1 });
      // Dated types only: articles 2025/2026, documents 2025/2026, bidding 2026, project 2025, question 2026, video 2025.
      expect(yearsOf(results)).toEqual({ 2025: 4, 2026: 4 });
      expect(results.total).toBe(11);
      expect(results.hits).toHaveLength(10);
      expect(results.pageCount).toBe(2);
    }
  });

  it('links each hit to its public page and marks the words', async () => {
    const results = await searchSite('khoang san', { kind: null, year: null, page: 1 });
    const second = await searchSite('khoang san', { kind: null, year: null, page: 2 });
    const paths = [...results.hits, ...second.hits].map((hit) => hit.path).sort();
    expect(paths).toEqual(
      [
        '/chuc-nang',
        '/cong-khai/goi-thau-khoang-san',
        '/cum-cong-nghiep/ccn-gia-phu',
        '/du-an/quy-hoach-khoang-san',
        '/hoi-dap/thue-dat-gan-mo',
        '/thu-tuc-hanh-chinh/tham-do-khoang-san',
        '/thu-vien-video/phong-su',
        '/tin-tuc/tin-khoang-san-2025',
        '/tin-tuc/tin-khoang-san-2026',
        expect.stringMatching(/^\/van-ban\//),
        expect.stringMatching(/^\/van-ban\//),
      ].sort(),
    );
    const procedure = results.hits.find((hit) => hit.kind === 'PROCEDURE')!;
    expect(procedure.titleSegments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['Khoáng', 'sản']);
    expect(procedure.titleMatch).toBe(true);
    // Title matches come before matches in the text only.
    const firstBodyOnly = results.hits.findIndex((hit) => !hit.titleMatch);
    expect(results.hits.slice(firstBodyOnly).every((hit) => !hit.titleMatch)).toBe(true);
  });

  it('filters by type and by year; each facet keeps counting with the other filter only', async () => {
    const documents = await searchSite('khoang san', { kind: 'LEGAL_DOCUMENT', year: null, page: 1 });
    expect(documents.hits.map((hit) => hit.title)).toEqual([expect.stringContaining('11/2026/QĐ-UBND'), expect.stringContaining('10/2025/QĐ-UBND')]);
    expect(kindsOf(documents).PROCEDURE).toBe(1);
    expect(yearsOf(documents)).toEqual({ 2025: 1, 2026: 1 });

    const in2025 = await searchSite('khoang san', { kind: null, year: 2025, page: 1 });
    expect(in2025.hits.map((hit) => hit.path).sort()).toEqual(
      ['/du-an/quy-hoach-khoang-san', '/thu-vien-video/phong-su', '/tin-tuc/tin-khoang-san-2025', expect.stringMatching(/^\/van-ban\//)].sort(),
    );
    expect(kindsOf(in2025)).toEqual({ ARTICLE: 1, LEGAL_DOCUMENT: 1, PROJECT: 1, VIDEO: 1 });
    expect(yearsOf(in2025)).toEqual({ 2025: 4, 2026: 4 });

    const articles2026 = await searchSite('khoang san', { kind: 'ARTICLE', year: 2026, page: 1 });
    expect(articles2026.hits.map((hit) => hit.path)).toEqual(['/tin-tuc/tin-khoang-san-2026']);
    expect(articles2026.hits[0]!.date).toEqual(new Date('2026-03-01T03:00:00Z'));
  });

  it('never finds drafts, unpublished documents, unanswered questions or the asker’s details', async () => {
    const titles = (await searchSite('khoang san', { kind: null, year: null, page: 1 })).hits.map((hit) => hit.title).join(' | ');
    const page2 = (await searchSite('khoang san', { kind: null, year: null, page: 2 })).hits.map((hit) => hit.title).join(' | ');
    expect(`${titles} ${page2}`).not.toMatch(/Bản nháp|12\/2026|chưa trả lời/);
    expect((await searchSite('Người Hỏi Bí Mật', { kind: null, year: null, page: 1 })).total).toBe(0);
    expect((await searchSite('an-danh@example.vn', { kind: null, year: null, page: 1 })).total).toBe(0);
  });

  it('follows edits: publishing, renaming and deleting change the results at once', async () => {
    const hidden = await prisma.legalDocument.findUniqueOrThrow({ where: { number: '12/2026/QĐ-UBND' } });
    await prisma.legalDocument.update({ where: { id: hidden.id }, data: { published: true } });
    expect(kindsOf(await searchSite('khoang san', { kind: null, year: null, page: 1 })).LEGAL_DOCUMENT).toBe(3);
    await prisma.legalDocument.update({ where: { id: hidden.id }, data: { summary: 'Quy định về đá ốp lát' } });
    expect(kindsOf(await searchSite('khoang san', { kind: null, year: null, page: 1 })).LEGAL_DOCUMENT).toBe(2);
    expect((await searchSite('da op lat', { kind: null, year: null, page: 1 })).hits.map((hit) => hit.kind)).toEqual(['LEGAL_DOCUMENT']);
    await prisma.legalDocument.delete({ where: { id: hidden.id } });
    expect((await searchSite('da op lat', { kind: null, year: null, page: 1 })).total).toBe(0);
    expect(await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM site_search WHERE ref_id = ${hidden.id}::uuid`).toEqual([{ n: 0 }]);
  });

  it('caps each type at the result limit and says so', async () => {
    await prisma.legalDocument.createMany({
      data: Array.from({ length: SEARCH_RESULT_LIMIT + 5 }, (_, index) => ({
        documentType: 'CONG_VAN' as const,
        number: `${index}/CV-TRAN`,
        issuingBody: 'Sở',
        issuedOn: new Date('2024-01-01'),
        summary: 'Công văn tràn trang',
        published: true,
      })),
    });
    const results = await searchSite('cong van tran trang', { kind: null, year: null, page: 3 });
    expect(results.kinds).toEqual([{ value: 'LEGAL_DOCUMENT', count: SEARCH_RESULT_LIMIT, more: true }]);
    expect(results.total).toBe(SEARCH_RESULT_LIMIT);
    expect(results.page).toBe(3);
    expect(results.hits).toHaveLength(10);
  });

  it('answers nothing for empty or punctuation-only queries, and reads unknown filters as none', async () => {
    expect((await searchSite('', { kind: null, year: null, page: 1 })).total).toBe(0);
    expect((await searchSite('%_\\', { kind: null, year: null, page: 1 })).total).toBe(0);
    expect((await searchSite('khoang\u0000san', { kind: null, year: null, page: 99 })).hits).toEqual([]);
    expect(parseSearchFilter({ loai: 'van-ban', nam: '2026' })).toEqual({ kind: 'LEGAL_DOCUMENT', year: 2026 });
    expect(parseSearchFilter({ loai: 'LEGAL_DOCUMENT', nam: '20266' })).toEqual({ kind: null, year: null });
    expect(parseSearchFilter({ loai: ['hoi-dap', 'x'], nam: ['1800'] })).toEqual({ kind: 'QUESTION', year: null });
  });
});
