import type { PrismaClient } from '../database/client.ts';
import { renderContent } from '../content/render.ts';
import { simplePdf } from '../media/office-files.ts';
import { fileKey, newKeyBase } from '../media/keys.ts';
import type { MediaStorage } from '../storage/storage.ts';
import { SYSTEM_AUTHOR_EMAIL } from './demo-content.ts';
import { bulletList, doc, heading, paragraph, text, type Node } from './rich-text.ts';

// Demo content for the portal's legal-basis sections (first built for NĐ 42/2022/NĐ-CP; the
// current texts and NĐ 42/2022's replacement are seeded by law-content.ts): legal documents with small generated PDFs,
// industrial clusters (plausible but clearly illustrative figures), plans/projects, focal-point
// officials, Giới thiệu sub-pages and their English versions. A marker setting makes it run once;
// staff edits and deletions are never undone.

export const DECREE_SEEDED_MARKER = 'system.decree_content_seeded_at';
const DEMO_NOTE = 'Số liệu minh họa cho bản thử nghiệm, không phải số liệu chính thức.';

interface SeedDocument {
  documentType: 'LUAT' | 'NGHI_DINH' | 'QUYET_DINH' | 'KE_HOACH' | 'CONG_VAN' | 'THONG_TU';
  number: string;
  issuingBody: string;
  signer: string;
  issuedOn: string;
  effectiveOn: string | null;
  summary: string;
  field: string;
  replacedBy?: string;
}

export const DEMO_LEGAL_DOCUMENTS: readonly SeedDocument[] = [
  {
    documentType: 'NGHI_DINH',
    number: '42/2022/NĐ-CP',
    issuingBody: 'Chính phủ',
    signer: 'Vũ Đức Đam',
    issuedOn: '2022-06-24',
    effectiveOn: '2022-08-01',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    field: 'Công nghệ thông tin',
  },
  {
    documentType: 'NGHI_DINH',
    number: '43/2011/NĐ-CP',
    issuingBody: 'Chính phủ',
    signer: 'Nguyễn Tấn Dũng',
    issuedOn: '2011-06-13',
    effectiveOn: '2011-08-01',
    summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    field: 'Công nghệ thông tin',
    replacedBy: '42/2022/NĐ-CP',
  },
  {
    documentType: 'NGHI_DINH',
    number: '32/2024/NĐ-CP',
    issuingBody: 'Chính phủ',
    signer: 'Trần Hồng Hà',
    issuedOn: '2024-03-15',
    effectiveOn: '2024-05-01',
    summary: 'Về quản lý, phát triển cụm công nghiệp',
    field: 'Công nghiệp',
  },
  {
    documentType: 'NGHI_DINH',
    number: '68/2017/NĐ-CP',
    issuingBody: 'Chính phủ',
    signer: 'Nguyễn Xuân Phúc',
    issuedOn: '2017-05-25',
    effectiveOn: '2017-07-15',
    summary: 'Về quản lý, phát triển cụm công nghiệp',
    field: 'Công nghiệp',
    replacedBy: '32/2024/NĐ-CP',
  },
  {
    documentType: 'KE_HOACH',
    number: '125/KH-UBND',
    issuingBody: 'UBND tỉnh Ninh Bình',
    signer: '',
    issuedOn: '2023-09-12',
    effectiveOn: null,
    summary: 'Kế hoạch phát triển cụm công nghiệp tỉnh Ninh Bình giai đoạn 2023–2025 (văn bản minh họa)',
    field: 'Công nghiệp',
  },
];

interface SeedCluster {
  name: string;
  slug: string;
  district: string;
  commune: string;
  plannedAreaHa: number;
  leasedAreaHa: number;
  status: 'PLANNED' | 'UNDER_CONSTRUCTION' | 'OPERATING';
  latitude: number;
  longitude: number;
  industries: string;
  landPriceMin: number | null;
  landPriceMax: number | null;
}

export const DEMO_CLUSTERS: readonly SeedCluster[] = [
  {
    name: 'Cụm công nghiệp Gián Khẩu',
    slug: 'ccn-gian-khau',
    district: 'Huyện Gia Viễn',
    commune: 'Xã Gia Trấn',
    plannedAreaHa: 45.5,
    leasedAreaHa: 40.2,
    status: 'OPERATING',
    latitude: 20.318,
    longitude: 105.912,
    industries: 'Cơ khí, may mặc, vật liệu xây dựng',
    landPriceMin: 1_200_000,
    landPriceMax: 1_500_000,
  },
  {
    name: 'Cụm công nghiệp Khánh Nhạc',
    slug: 'ccn-khanh-nhac',
    district: 'Huyện Yên Khánh',
    commune: 'Xã Khánh Nhạc',
    plannedAreaHa: 70,
    leasedAreaHa: 31.5,
    status: 'OPERATING',
    latitude: 20.188,
    longitude: 106.062,
    industries: 'Điện tử, công nghiệp hỗ trợ, chế biến nông sản',
    landPriceMin: 1_000_000,
    landPriceMax: 1_300_000,
  },
  {
    name: 'Cụm công nghiệp Đồng Hướng',
    slug: 'ccn-dong-huong',
    district: 'Huyện Kim Sơn',
    commune: 'Xã Đồng Hướng',
    plannedAreaHa: 50,
    leasedAreaHa: 8,
    status: 'UNDER_CONSTRUCTION',
    latitude: 20.082,
    longitude: 106.058,
    industries: 'Dệt may, da giày, thủ công mỹ nghệ',
    landPriceMin: 800_000,
    landPriceMax: 1_000_000,
  },
  {
    name: 'Cụm công nghiệp Xích Thổ',
    slug: 'ccn-xich-tho',
    district: 'Huyện Nho Quan',
    commune: 'Xã Xích Thổ',
    plannedAreaHa: 60,
    leasedAreaHa: 0,
    status: 'PLANNED',
    latitude: 20.352,
    longitude: 105.745,
    industries: 'Chế biến nông lâm sản, vật liệu xây dựng',
    landPriceMin: null,
    landPriceMax: null,
  },
];

async function storePdf(prisma: PrismaClient, storage: MediaStorage, originalName: string, lines: string[], uploaderId: string | null): Promise<string> {
  const data = simplePdf(lines);
  const storageKey = fileKey(newKeyBase('documents'), 'pdf');
  await storage.put(storageKey, data);
  const media = await prisma.media.create({
    data: { storageKey, originalName, mimeType: 'application/pdf', byteSize: BigInt(data.length), uploaderId },
    select: { id: true },
  });
  return media.id;
}

function rendered(body: Node) {
  const { html, text: plain } = renderContent(body);
  return { body, bodyHtml: html, bodyText: plain };
}

const PAGE_SEEDS: { title: string; slug: string; locale: 'vi' | 'en'; translationKey: string; sortOrder: number; body: Node }[] = [
  {
    title: 'Chức năng, nhiệm vụ',
    slug: 'chuc-nang-nhiem-vu',
    locale: 'vi',
    translationKey: 'chuc-nang-nhiem-vu',
    sortOrder: 3,
    body: doc(
      paragraph(
        'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình là đơn vị sự nghiệp công lập trực thuộc Sở Công Thương, có tư cách pháp nhân, con dấu và tài khoản riêng.',
      ),
      heading(2, 'Chức năng'),
      paragraph(
        'Tham mưu, giúp Giám đốc Sở Công Thương thực hiện đầu tư xây dựng hạ tầng kỹ thuật, xúc tiến đầu tư và cung cấp dịch vụ công trong các cụm công nghiệp trên địa bàn tỉnh.',
      ),
      heading(2, 'Nhiệm vụ'),
      bulletList([
        'Làm chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp khi được giao.',
        'Xúc tiến, hướng dẫn nhà đầu tư tìm hiểu cơ hội đầu tư vào cụm công nghiệp.',
        'Cung cấp thông tin về quy hoạch, hạ tầng, giá thuê đất và thủ tục đầu tư.',
        'Quản lý, vận hành các công trình hạ tầng dùng chung được giao.',
      ]),
    ),
  },
  {
    title: 'Cơ cấu tổ chức',
    slug: 'co-cau-to-chuc',
    locale: 'vi',
    translationKey: 'co-cau-to-chuc',
    sortOrder: 4,
    body: doc(
      paragraph('Sơ đồ tổ chức của Trung tâm:'),
      bulletList([
        [
          'Ban Giám đốc',
          [
            ['Giám đốc', []],
            ['Phó Giám đốc', []],
          ],
        ],
        ['Các phòng chuyên môn', ['Phòng Hành chính - Tổng hợp', 'Phòng Kế hoạch - Đầu tư', 'Phòng Quản lý hạ tầng']],
      ]),
      paragraph('Danh sách cán bộ đầu mối xem tại ', text('trang Liên hệ', '/lien-he'), '.'),
    ),
  },
  {
    title: 'Lãnh đạo Trung tâm',
    slug: 'lanh-dao',
    locale: 'vi',
    translationKey: 'lanh-dao',
    sortOrder: 5,
    body: doc(
      paragraph('Ban Giám đốc Trung tâm (thông tin minh họa):'),
      bulletList(['Giám đốc: phụ trách chung.', 'Phó Giám đốc: phụ trách đầu tư xây dựng và quản lý hạ tầng.', 'Phó Giám đốc: phụ trách xúc tiến đầu tư.']),
    ),
  },
  {
    title: 'Introduction',
    slug: 'introduction',
    locale: 'en',
    translationKey: 'gioi-thieu',
    sortOrder: 1,
    body: doc(
      paragraph(
        'The Ninh Binh Industrial Cluster Development and Investment Centre invests in the technical infrastructure of industrial clusters in Ninh Binh province, promotes investment and supports the businesses that operate in them.',
      ),
      paragraph(
        'See our ',
        text('functions and tasks', '/en/functions-and-tasks'),
        ', our ',
        text('organisation', '/en/organisation'),
        ' and how to ',
        text('contact us', '/en/contact'),
        '.',
      ),
    ),
  },
  {
    title: 'Functions and tasks',
    slug: 'functions-and-tasks',
    locale: 'en',
    translationKey: 'chuc-nang-nhiem-vu',
    sortOrder: 2,
    body: doc(
      paragraph('The Centre is a public service unit under the Ninh Binh Department of Industry and Trade.'),
      bulletList([
        'Invests in and operates the infrastructure of industrial clusters when assigned.',
        'Promotes investment and guides investors.',
        'Provides information on planning, infrastructure, land rents and procedures.',
      ]),
    ),
  },
  {
    title: 'Organisation',
    slug: 'organisation',
    locale: 'en',
    translationKey: 'co-cau-to-chuc',
    sortOrder: 3,
    body: doc(
      paragraph('Organisation chart of the Centre:'),
      bulletList([
        ['Board of Directors', ['Director', 'Deputy Directors']],
        ['Divisions', ['Administration Division', 'Planning and Investment Division', 'Infrastructure Management Division']],
      ]),
    ),
  },
  {
    title: 'Contact',
    slug: 'contact-details',
    locale: 'en',
    translationKey: 'lien-he',
    sortOrder: 4,
    body: doc(paragraph('Investors are welcome to contact the Centre during office hours (Monday to Friday). Our focal-point officials are listed below.')),
  },
];

export async function seedDecreeContent(prisma: PrismaClient, storage: MediaStorage): Promise<{ seeded: boolean }> {
  if (await prisma.siteSetting.findUnique({ where: { key: DECREE_SEEDED_MARKER } })) return { seeded: false };
  const author = await prisma.user.findUnique({ where: { email: SYSTEM_AUTHOR_EMAIL }, select: { id: true } });

  // Files go to storage first: a failed seed leaves at most unreferenced files, never rows without files.
  const pdfIds = new Map<string, string>();
  for (const document of DEMO_LEGAL_DOCUMENTS) {
    const name = `${document.number.replace(/\//g, '-')}.pdf`;
    pdfIds.set(
      document.number,
      await storePdf(
        prisma,
        storage,
        name,
        [`${document.number}`, document.issuingBody, 'Ban mau cho cong thong tin (demo)', `Ngay ban hanh: ${document.issuedOn}`],
        author?.id ?? null,
      ),
    );
  }
  const planPdf = await storePdf(
    prisma,
    storage,
    'ke-hoach-phat-trien-ccn-2023-2025.pdf',
    ['Ke hoach phat trien cum cong nghiep', 'tinh Ninh Binh giai doan 2023-2025', '(van ban minh hoa)'],
    author?.id ?? null,
  );

  await prisma.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const document of DEMO_LEGAL_DOCUMENTS) {
      const { replacedBy: _replacedBy, issuedOn, effectiveOn, ...fields } = document;
      const row = await tx.legalDocument.upsert({
        where: { number: document.number },
        update: {},
        create: {
          ...fields,
          issuedOn: new Date(`${issuedOn}T00:00:00Z`),
          effectiveOn: effectiveOn ? new Date(`${effectiveOn}T00:00:00Z`) : null,
          published: true,
          attachments: { create: [{ mediaId: pdfIds.get(document.number) as string, sortOrder: 0 }] },
        },
        select: { id: true },
      });
      ids.set(document.number, row.id);
    }
    for (const document of DEMO_LEGAL_DOCUMENTS) {
      if (document.replacedBy)
        await tx.legalDocument.update({ where: { number: document.number }, data: { replacedById: ids.get(document.replacedBy) ?? null } });
    }

    const article = await tx.article.findFirst({ where: { status: 'PUBLISHED', deletedAt: null }, orderBy: { publishedAt: 'asc' }, select: { id: true } });
    for (const cluster of DEMO_CLUSTERS) {
      const description = doc(
        paragraph(`${cluster.name} nằm tại ${cluster.commune}, ${cluster.district}, thuận lợi kết nối giao thông với quốc lộ và các khu đô thị của tỉnh.`),
        paragraph(DEMO_NOTE),
      );
      const { body, bodyHtml, bodyText } = rendered(description);
      await tx.industrialCluster.upsert({
        where: { slug: cluster.slug },
        update: {},
        create: {
          ...cluster,
          power: 'Lưới điện 22 kV dọc các trục đường nội bộ',
          water: 'Nước sạch từ nhà máy nước khu vực',
          wastewater: cluster.status === 'OPERATING' ? 'Trạm xử lý nước thải tập trung đã vận hành' : 'Trạm xử lý nước thải tập trung đang đầu tư',
          roads: 'Đường nội bộ rộng 15–24 m, kết nối quốc lộ',
          developer: 'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình',
          contact: 'Phòng Kế hoạch - Đầu tư của Trung tâm (xem trang Liên hệ)',
          description: body as object,
          descriptionHtml: bodyHtml,
          descriptionText: bodyText,
          published: true,
          ...(article && cluster.slug === 'ccn-gian-khau' ? { articles: { create: [{ articleId: article.id }] } } : {}),
        },
      });
    }

    await tx.project.upsert({
      where: { slug: 'ke-hoach-phat-trien-ccn-2023-2025' },
      update: {},
      create: {
        title: 'Kế hoạch phát triển cụm công nghiệp tỉnh Ninh Bình giai đoạn 2023–2025',
        slug: 'ke-hoach-phat-trien-ccn-2023-2025',
        kind: 'PLAN',
        status: 'IN_PROGRESS',
        startYear: 2023,
        endYear: 2025,
        summary: `Mục tiêu: hoàn thiện hạ tầng các cụm công nghiệp đã thành lập và thu hút đầu tư lấp đầy.\n\n${DEMO_NOTE}`,
        published: true,
        attachments: { create: [{ mediaId: planPdf }] },
      },
    });
    await tx.project.upsert({
      where: { slug: 'du-an-ha-tang-ccn-dong-huong' },
      update: {},
      create: {
        title: 'Dự án đầu tư xây dựng hạ tầng kỹ thuật Cụm công nghiệp Đồng Hướng',
        slug: 'du-an-ha-tang-ccn-dong-huong',
        kind: 'PROJECT',
        status: 'IN_PROGRESS',
        startYear: 2024,
        endYear: 2026,
        budgetMillionVnd: 245_000,
        summary: `Đầu tư đường nội bộ, cấp điện, cấp thoát nước và trạm xử lý nước thải tập trung.\n\n${DEMO_NOTE}`,
        published: true,
      },
    });

    if ((await tx.official.count()) === 0) {
      await tx.official.createMany({
        data: [
          { name: 'Nguyễn Văn Minh', position: 'Giám đốc Trung tâm (minh họa)', phone: '0229 3000 101', email: 'giamdoc@ccn-ninhbinh.example', sortOrder: 0 },
          {
            name: 'Trần Thị Lan',
            position: 'Phó Giám đốc, đầu mối xúc tiến đầu tư (minh họa)',
            phone: '0229 3000 102',
            email: 'xuctien@ccn-ninhbinh.example',
            sortOrder: 1,
          },
          {
            name: 'Phạm Quốc Huy',
            position: 'Trưởng phòng Kế hoạch - Đầu tư (minh họa)',
            phone: '0229 3000 103',
            email: 'kehoach@ccn-ninhbinh.example',
            sortOrder: 2,
          },
        ],
      });
    }

    for (const page of PAGE_SEEDS) {
      const { body, bodyHtml, bodyText } = rendered(page.body);
      await tx.page.upsert({
        where: { slug: page.slug },
        update: {},
        create: {
          title: page.title,
          slug: page.slug,
          locale: page.locale,
          translationKey: page.translationKey,
          sortOrder: page.sortOrder,
          body: body as object,
          bodyHtml,
          bodyText,
        },
      });
    }
    // The existing Vietnamese pages get their English counterparts (only if staff set nothing yet).
    await tx.page.updateMany({ where: { slug: 'gioi-thieu', translationKey: null }, data: { translationKey: 'gioi-thieu' } });
    await tx.page.updateMany({ where: { slug: 'lien-he', translationKey: null }, data: { translationKey: 'lien-he' } });
    const intro = await tx.page.findUnique({ where: { slug: 'gioi-thieu' }, select: { version: true, bodyText: true, body: true } });
    if (intro && intro.version === 1) {
      // Links to the sub-pages, appended once to the untouched demo introduction.
      const existing = (intro.body as { content?: Node[] }).content ?? [];
      const links = paragraph(
        'Xem thêm: ',
        text('Chức năng, nhiệm vụ', '/chuc-nang-nhiem-vu'),
        ' · ',
        text('Cơ cấu tổ chức', '/co-cau-to-chuc'),
        ' · ',
        text('Lãnh đạo Trung tâm', '/lanh-dao'),
        '.',
      );
      const { body, bodyHtml, bodyText } = rendered(doc(...existing, links));
      await tx.page.update({ where: { slug: 'gioi-thieu' }, data: { body: body as object, bodyHtml, bodyText, version: 2 } });
    }

    await tx.siteSetting.upsert({ where: { key: 'contact.fax' }, update: {}, create: { key: 'contact.fax', value: '0229 3000 199' } });
    await tx.siteSetting.updateMany({ where: { key: 'contact.phone', value: '' }, data: { value: '0229 3000 100' } });
    await tx.siteSetting.create({ data: { key: DECREE_SEEDED_MARKER, value: new Date().toISOString() } });
  });
  return { seeded: true };
}
