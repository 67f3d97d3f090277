import type { PrismaClient } from '../database/client.ts';
import { paragraphsToDocument, renderContent } from '../content/render.ts';
import { slugify } from '../content/slugify.ts';
import { readOriginalSite, type OriginalSite } from './original-site.ts';

// Loads the agency's current site (prisma/seed-data/original-site.txt) as the demo content.
// A marker setting records that it ran: running it again changes nothing, and content that
// staff later edited or deleted is never put back.

export const DEMO_SEEDED_MARKER = 'system.demo_content_seeded_at';
export const SYSTEM_AUTHOR_EMAIL = 'noi-dung-mau@system.invalid';
export const OFFICIAL_SITE_NAME = 'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình';

/** Official names and Ninh Bình domains of the departments the original sidebar links to. */
const LINKED_SITES: Record<string, { name: string; url: string }> = {
  'sở công thương': { name: 'Sở Công Thương', url: 'https://sct.ninhbinh.gov.vn' },
  'sở xây dựng': { name: 'Sở Xây dựng', url: 'https://sxd.ninhbinh.gov.vn' },
  'sở tài nguyên': { name: 'Sở Tài nguyên và Môi trường', url: 'https://stnmt.ninhbinh.gov.vn' },
  'sở kế hoạch và đầu tư': { name: 'Sở Kế hoạch và Đầu tư', url: 'https://skhdt.ninhbinh.gov.vn' },
};

export const DEMO_CATEGORIES = [
  { name: 'Tin hoạt động', slug: 'tin-hoat-dong', description: 'Hoạt động của Trung tâm và các cụm công nghiệp.' },
  { name: 'Công nghiệp hỗ trợ', slug: 'cong-nghiep-ho-tro', description: 'Chính sách và chương trình phát triển công nghiệp hỗ trợ.' },
  { name: 'Thu hút đầu tư', slug: 'thu-hut-dau-tu', description: 'Cơ hội và kết quả thu hút đầu tư vào cụm công nghiệp.' },
  { name: 'Chính sách - Pháp luật', slug: 'chinh-sach-phap-luat', description: 'Văn bản, chính sách liên quan đến cụm công nghiệp.' },
] as const;

export const DEMO_ARTICLE_CATEGORY = 'cong-nghiep-ho-tro';

const PAGES = [
  {
    title: 'Giới thiệu',
    slug: 'gioi-thieu',
    paragraphs: [
      `${OFFICIAL_SITE_NAME} thực hiện nhiệm vụ đầu tư xây dựng hạ tầng kỹ thuật, thu hút đầu tư và hỗ trợ doanh nghiệp sản xuất, kinh doanh trong các cụm công nghiệp trên địa bàn tỉnh Ninh Bình.`,
      'Cổng thông tin điện tử của Trung tâm cung cấp tin tức, văn bản, bản đồ hành chính, thư viện video và thông tin liên hệ phục vụ người dân, doanh nghiệp và nhà đầu tư.',
    ],
  },
  {
    title: 'Liên hệ',
    slug: 'lien-he',
    paragraphs: [`Mọi thông tin xin gửi về ${OFFICIAL_SITE_NAME}.`, 'Địa chỉ, điện thoại và thư điện tử của Trung tâm được ghi ở chân trang.'],
  },
] as const;

export interface DemoSeedResult {
  seeded: boolean;
}

export async function seedDemoContent(prisma: PrismaClient, site: OriginalSite = readOriginalSite()): Promise<DemoSeedResult> {
  const marker = await prisma.siteSetting.findUnique({ where: { key: DEMO_SEEDED_MARKER } });
  if (marker) return { seeded: false };

  const article = site.article;
  const body = paragraphsToDocument(article.paragraphs);
  const rendered = renderContent(body);
  const now = new Date();

  await prisma.$transaction(async (tx) => {
    const author = await tx.user.upsert({
      where: { email: SYSTEM_AUTHOR_EMAIL },
      update: {},
      // Holds the demo articles; disabled and without a usable password, it can never sign in.
      create: { email: SYSTEM_AUTHOR_EMAIL, name: 'Ban biên tập', passwordHash: '!', role: 'EDITOR', disabled: true },
    });
    const settings: Record<string, string> = {
      'site.name': OFFICIAL_SITE_NAME,
      'site.description':
        'Cổng thông tin điện tử của Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình: tin tức, thư viện video, bản đồ hành chính và website liên kết.',
      'contact.address': 'Tỉnh Ninh Bình, Việt Nam',
      'contact.phone': '',
      'contact.email': '',
      'footer.text': `Bản quyền thuộc ${OFFICIAL_SITE_NAME}. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.`,
    };
    await tx.siteSetting.createMany({
      data: Object.entries(settings).map(([key, value]) => ({ key, value })),
      skipDuplicates: true,
    });
    await tx.category.createMany({
      data: DEMO_CATEGORIES.map((category, index) => ({ ...category, sortOrder: index + 1 })),
      skipDuplicates: true,
    });
    const category = await tx.category.findUniqueOrThrow({ where: { slug: DEMO_ARTICLE_CATEGORY } });
    await tx.linkedSite.createMany({
      data: site.linkedSiteNames.map((name, index) => {
        const known = LINKED_SITES[name.toLowerCase()];
        return { name: known?.name ?? name, url: known?.url ?? 'https://ninhbinh.gov.vn', sortOrder: index + 1 };
      }),
    });
    await tx.mapDocument.createMany({
      data: site.mapTitles.map((title, index) => ({
        title: `${title} tỉnh Ninh Bình`,
        description: 'Bản đồ hành chính các huyện, thành phố của tỉnh Ninh Bình.',
        sortOrder: index + 1,
        published: true,
      })),
    });
    await tx.article.upsert({
      where: { slug: slugify(article.title) },
      update: {},
      create: {
        title: article.title,
        slug: slugify(article.title),
        summary: article.lead,
        asciiTitle: article.asciiTitle,
        byline: article.byline,
        body,
        bodyHtml: rendered.html,
        bodyText: rendered.text,
        status: 'PUBLISHED',
        publishedAt: now,
        authorId: author.id,
        categoryId: category.id,
        revisions: {
          create: { kind: 'PUBLISH', title: article.title, summary: article.lead, body, version: 1, editorId: author.id },
        },
      },
    });
    for (const [index, page] of PAGES.entries()) {
      const pageBody = paragraphsToDocument([...page.paragraphs]);
      const pageRendered = renderContent(pageBody);
      await tx.page.upsert({
        where: { slug: page.slug },
        update: {},
        create: {
          title: page.title,
          slug: page.slug,
          body: pageBody,
          bodyHtml: pageRendered.html,
          bodyText: pageRendered.text,
          sortOrder: index + 1,
        },
      });
    }
    await tx.siteSetting.create({ data: { key: DEMO_SEEDED_MARKER, value: now.toISOString() } });
  });
  return { seeded: true };
}

export async function databaseIsEmpty(prisma: PrismaClient): Promise<boolean> {
  const [settings, articles] = await Promise.all([prisma.siteSetting.count(), prisma.article.count()]);
  return settings === 0 && articles === 0;
}
