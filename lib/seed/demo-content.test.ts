import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { removeDiacritics } from '@/lib/content/slugify';
import { DEMO_SEEDED_MARKER, OFFICIAL_SITE_NAME, seedDemoContent } from './demo-content';
import { readOriginalSite } from './original-site';
import { paragraphsToDocument, renderContent } from '@/lib/content/render';
import { renderParagraphs, seedSyntheticArticles, syntheticArticle } from './synthetic';

async function snapshot() {
  const [settings, categories, linkedSites, maps, articles, revisions, pages, users] = await Promise.all([
    prisma.siteSetting.findMany({ orderBy: { key: 'asc' }, select: { key: true, value: true } }),
    prisma.category.findMany({ orderBy: { slug: 'asc' } }),
    prisma.linkedSite.findMany({ orderBy: { sortOrder: 'asc' } }),
    prisma.mapDocument.findMany({ orderBy: { sortOrder: 'asc' } }),
    prisma.article.findMany({ orderBy: { slug: 'asc' } }),
    prisma.articleRevision.findMany({ orderBy: { id: 'asc' } }),
    prisma.page.findMany({ orderBy: { slug: 'asc' } }),
    prisma.user.findMany({ orderBy: { email: 'asc' } }),
  ]);
  return { settings, categories, linkedSites, maps, articles, revisions, pages, users };
}

describe('the original site file', () => {
  const site = readOriginalSite();

  it('yields the sections of the current site', () => {
    expect(site.siteName.toLowerCase()).toBe(OFFICIAL_SITE_NAME.toLowerCase());
    expect(site.linkedSiteNames).toEqual(['Sở công thương', 'Sở xây dựng', 'Sở tài nguyên', 'Sở kế hoạch và đầu tư']);
    expect(site.mapTitles).toEqual(['Bản đồ hành chính']);
    expect(site.videoTitles).toEqual([]);
  });

  it('yields the article with its byline, its no-diacritics title and every paragraph', () => {
    const { article } = site;
    expect(article.title).toBe('Mục tiêu lớn cho phát triển công nghiệp hỗ trợ');
    expect(article.asciiTitle).toBe('muc tieu lon cho phat trien cong nghiep ho tro');
    expect(removeDiacritics(article.title).toLowerCase()).toBe(article.asciiTitle);
    expect(article.byline).toBe('Hải Linh');
    expect(article.paragraphs).toHaveLength(11);
    expect(article.paragraphs[0]).toMatch(/^UBND tỉnh Quảng Ninh đã ban hành Kế hoạch triển khai thực hiện chương trình/);
    expect(article.paragraphs.at(-1)).toMatch(/DN CNHT của tỉnh có thể được hỗ trợ toàn diện/);
    expect(article.paragraphs.join(' ')).toContain('trên địa bàn tỉnh ít phát triển');
  });
});

describe('seedDemoContent', () => {
  it('loads the site name, linked websites, map, categories, pages and the article', async () => {
    expect(await seedDemoContent(prisma)).toEqual({ seeded: true });
    const data = await snapshot();
    expect(data.settings.find((row) => row.key === 'site.name')?.value).toBe(OFFICIAL_SITE_NAME);
    expect(data.linkedSites.map((site) => [site.name, site.url, site.active])).toEqual([
      ['Sở Công Thương', 'https://sct.ninhbinh.gov.vn', true],
      ['Sở Xây dựng', 'https://sxd.ninhbinh.gov.vn', true],
      ['Sở Tài nguyên và Môi trường', 'https://stnmt.ninhbinh.gov.vn', true],
      ['Sở Kế hoạch và Đầu tư', 'https://skhdt.ninhbinh.gov.vn', true],
    ]);
    expect(data.maps.map((map) => [map.title, map.published])).toEqual([['Bản đồ hành chính tỉnh Ninh Bình', true]]);
    expect(data.pages.map((page) => page.slug)).toEqual(['gioi-thieu', 'lien-he']);

    const [article] = data.articles;
    expect(data.articles).toHaveLength(1);
    expect(article).toMatchObject({
      title: 'Mục tiêu lớn cho phát triển công nghiệp hỗ trợ',
      slug: 'muc-tieu-lon-cho-phat-trien-cong-nghiep-ho-tro',
      asciiTitle: 'muc tieu lon cho phat trien cong nghiep ho tro',
      byline: 'Hải Linh',
      status: 'PUBLISHED',
      version: 1,
      deletedAt: null,
    });
    expect(article!.bodyText).toContain('Quảng Ninh là tỉnh có thế mạnh về công nghiệp');
    expect(article!.bodyHtml.match(/<p>/g)).toHaveLength(11);
    expect(data.categories.find((category) => category.id === article!.categoryId)?.slug).toBe('cong-nghiep-ho-tro');
    expect(data.revisions).toHaveLength(1);

    const author = data.users.find((user) => user.id === article!.authorId);
    expect(author).toMatchObject({ disabled: true });
    expect(data.users.some((user) => user.role === 'ADMIN')).toBe(false);
  });

  it('changes nothing when run again, even after staff edited the content', async () => {
    await prisma.linkedSite.updateMany({ where: { name: 'Sở Xây dựng' }, data: { url: 'https://soxaydung.ninhbinh.gov.vn' } });
    await prisma.mapDocument.deleteMany({});
    const before = await snapshot();
    expect(await seedDemoContent(prisma)).toEqual({ seeded: false });
    expect(await snapshot()).toEqual(before);
    expect(before.settings.some((row) => row.key === DEMO_SEEDED_MARKER)).toBe(true);
  });
});

describe('synthetic articles', () => {
  it('are the same for the same index and differ between indexes', () => {
    expect(syntheticArticle(42)).toEqual(syntheticArticle(42));
    expect(syntheticArticle(42).slug).not.toBe(syntheticArticle(43).slug);
    expect(syntheticArticle(0).title).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôồốộổỗơờớợởỡưừứựửữ]/i);
  });

  it('renders their plain paragraphs exactly as the editor pipeline does', () => {
    for (let index = 0; index < 300; index += 1) {
      const { paragraphs } = syntheticArticle(index * 331);
      expect(renderParagraphs(paragraphs)).toEqual(renderContent(paragraphsToDocument(paragraphs)));
    }
    // Text that would need escaping takes the pipeline itself.
    const tricky = ['Vốn 5 < 6 & "lớn" tỷ', 'a\u00a0b', ' lề '];
    expect(renderParagraphs(tricky)).toEqual(renderContent(paragraphsToDocument(tricky)));
    expect(renderParagraphs(tricky).html).toContain('&lt;');
  });

  it('adds N articles once: running it again with the same N adds none', async () => {
    expect(await seedSyntheticArticles(prisma, 25, 10)).toBe(25);
    expect(await seedSyntheticArticles(prisma, 25, 10)).toBe(0);
    const slugs = await prisma.article.findMany({ where: { byline: 'Phóng viên' }, select: { slug: true }, orderBy: { slug: 'asc' } });
    expect(slugs.map((row) => row.slug)).toEqual(Array.from({ length: 25 }, (_, index) => syntheticArticle(index).slug).sort());
    const categories = await prisma.article.groupBy({ by: ['categoryId'], where: { byline: 'Phóng viên' }, _count: true });
    expect(categories.length).toBe(4);
  });
});
