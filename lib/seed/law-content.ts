import type { PrismaClient } from '../database/client.ts';
import { simplePdf } from '../media/office-files.ts';
import { fileKey, newKeyBase } from '../media/keys.ts';
import type { MediaStorage } from '../storage/storage.ts';
import { SYSTEM_AUTHOR_EMAIL } from './demo-content.ts';

// Demo content for issue 15 (current law and the merged province). Each step runs once, guarded
// by its own marker setting, so a database seeded before a step existed still gets it, and staff
// edits and deletions are never undone. The facts below come from secondary copies of the texts:
// README "Legal basis" says which were confirmed and which an editor must still check.

export const CURRENT_LAW_SEEDED_MARKER = 'system.current_law_seeded_at';

interface SeedLaw {
  documentType: 'LUAT' | 'NGHI_DINH' | 'NGHI_QUYET';
  number: string;
  issuingBody: string;
  signer: string;
  issuedOn: string;
  effectiveOn: string | null;
  summary: string;
  field: string;
}

export const DECREE_42_NUMBER = '42/2022/NĐ-CP';
export const DECREE_224_NUMBER = '224/2026/NĐ-CP';
export const ACCESS_TO_INFORMATION_LAW_NUMBER = '104/2016/QH13';

export const CURRENT_LAWS: readonly SeedLaw[] = [
  {
    documentType: 'NGHI_DINH',
    number: DECREE_224_NUMBER,
    issuingBody: 'Chính phủ',
    signer: '',
    issuedOn: '2026-06-24',
    effectiveOn: '2026-07-01',
    // Not confirmed against the official text (see README): the summary says so on screen.
    summary:
      'Quy định chi tiết Luật Chuyển đổi số về cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng (trích yếu cần đối chiếu với bản chính thức)',
    field: 'Công nghệ thông tin',
  },
  {
    documentType: 'LUAT',
    number: ACCESS_TO_INFORMATION_LAW_NUMBER,
    issuingBody: 'Quốc hội',
    signer: 'Nguyễn Thị Kim Ngân',
    issuedOn: '2016-04-06',
    effectiveOn: '2018-07-01',
    summary: 'Luật Tiếp cận thông tin',
    field: 'Hành chính',
  },
  {
    documentType: 'NGHI_QUYET',
    number: '202/2025/QH15',
    issuingBody: 'Quốc hội',
    signer: 'Trần Thanh Mẫn',
    issuedOn: '2025-06-12',
    effectiveOn: '2025-06-12',
    summary: 'Về việc sắp xếp đơn vị hành chính cấp tỉnh (hợp nhất tỉnh Hà Nam, tỉnh Nam Định và tỉnh Ninh Bình thành tỉnh Ninh Bình)',
    field: 'Hành chính',
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

/** Sample PDFs for the laws not in the library yet (files first: a failed seed leaves at most unreferenced files, never rows without files). */
async function storeMissingLawPdfs(
  prisma: PrismaClient,
  storage: MediaStorage,
  laws: readonly SeedLaw[],
  pdfLines: (law: SeedLaw) => string[],
): Promise<Map<string, string>> {
  const author = await prisma.user.findUnique({ where: { email: SYSTEM_AUTHOR_EMAIL }, select: { id: true } });
  const existing = new Set(
    (await prisma.legalDocument.findMany({ where: { number: { in: laws.map((law) => law.number) } }, select: { number: true } })).map((row) => row.number),
  );
  const pdfIds = new Map<string, string>();
  for (const law of laws) {
    if (existing.has(law.number)) continue;
    pdfIds.set(law.number, await storePdf(prisma, storage, `${law.number.replace(/\//g, '-')}.pdf`, pdfLines(law), author?.id ?? null));
  }
  return pdfIds;
}

/** Adds the laws whose PDFs were just stored, published, each with its PDF attached. */
async function createSeedLaws(tx: Pick<PrismaClient, 'legalDocument'>, laws: readonly SeedLaw[], pdfIds: ReadonlyMap<string, string>): Promise<void> {
  for (const law of laws) {
    const mediaId = pdfIds.get(law.number);
    if (!mediaId) continue;
    const { issuedOn, effectiveOn, ...fields } = law;
    await tx.legalDocument.create({
      data: {
        ...fields,
        issuedOn: new Date(`${issuedOn}T00:00:00Z`),
        effectiveOn: effectiveOn ? new Date(`${effectiveOn}T00:00:00Z`) : null,
        published: true,
        attachments: { create: [{ mediaId, sortOrder: 0 }] },
      },
    });
  }
}

/**
 * NĐ 224/2026, Luật Tiếp cận thông tin and the province merger resolution as published legal
 * documents; NĐ 42/2022 (when present and not already linked by staff) is marked as replaced by
 * NĐ 224/2026, so it shows "Hết hiệu lực" through the existing replaced-by chain.
 */
export async function seedCurrentLaw(prisma: PrismaClient, storage: MediaStorage): Promise<{ seeded: boolean }> {
  if (await prisma.siteSetting.findUnique({ where: { key: CURRENT_LAW_SEEDED_MARKER } })) return { seeded: false };
  const pdfIds = await storeMissingLawPdfs(prisma, storage, CURRENT_LAWS, (law) => [
    law.number,
    law.issuingBody,
    'Ban mau cho cong thong tin (demo)',
    `Ngay ban hanh: ${law.issuedOn}`,
  ]);
  await prisma.$transaction(async (tx) => {
    await createSeedLaws(tx, CURRENT_LAWS, pdfIds);
    const replacement = await tx.legalDocument.findUniqueOrThrow({ where: { number: DECREE_224_NUMBER }, select: { id: true } });
    await tx.legalDocument.updateMany({ where: { number: DECREE_42_NUMBER, replacedById: null }, data: { replacedById: replacement.id } });
    await tx.siteSetting.create({ data: { key: CURRENT_LAW_SEEDED_MARKER, value: new Date().toISOString() } });
  });
  return { seeded: true };
}

export const PROCEDURES_SEEDED_MARKER = 'system.procedures_seeded_at';
export const PROCEDURE_DEMO_NOTE = 'Dữ liệu minh họa: cần đối chiếu với Cơ sở dữ liệu quốc gia về thủ tục hành chính trước khi công bố chính thức.';
const NATIONAL_PORTAL = 'https://dichvucong.gov.vn/';

/** Investment laws the demo procedures cite (added when missing, published, with a sample PDF). */
const INVESTMENT_LAWS: readonly SeedLaw[] = [
  {
    documentType: 'LUAT',
    number: '61/2020/QH14',
    issuingBody: 'Quốc hội',
    signer: 'Nguyễn Thị Kim Ngân',
    issuedOn: '2020-06-17',
    effectiveOn: '2021-01-01',
    summary: 'Luật Đầu tư',
    field: 'Đầu tư',
  },
  {
    documentType: 'NGHI_DINH',
    number: '31/2021/NĐ-CP',
    issuingBody: 'Chính phủ',
    signer: 'Phạm Bình Minh',
    issuedOn: '2021-03-26',
    effectiveOn: '2021-03-26',
    summary: 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư',
    field: 'Đầu tư',
  },
];

interface SeedProcedure {
  name: string;
  slug: string;
  field: string;
  agency: string;
  level: 'CENTRAL' | 'PROVINCE' | 'COMMUNE';
  processingTime: string;
  fees: string;
  documents: string[];
  steps: string[];
  legalBasis: string[];
}

/** Procedures an investor in a cluster meets. Illustrative: agencies and times must be checked. */
export const DEMO_PROCEDURES: readonly SeedProcedure[] = [
  {
    name: 'Chấp thuận chủ trương đầu tư dự án đầu tư vào cụm công nghiệp',
    slug: 'chap-thuan-chu-truong-dau-tu',
    field: 'Đầu tư',
    agency: 'Sở Tài chính',
    level: 'PROVINCE',
    processingTime: '35 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
    fees: 'Không',
    documents: [
      'Văn bản đề nghị thực hiện dự án đầu tư',
      'Tài liệu về tư cách pháp lý của nhà đầu tư',
      'Tài liệu chứng minh năng lực tài chính của nhà đầu tư',
      'Đề xuất dự án đầu tư',
    ],
    steps: [
      'Nhà đầu tư nộp hồ sơ trên Cổng Dịch vụ công hoặc tại Trung tâm Phục vụ hành chính công tỉnh',
      'Cơ quan tiếp nhận lấy ý kiến các cơ quan liên quan và thẩm định',
      'Ủy ban nhân dân tỉnh quyết định chấp thuận chủ trương đầu tư',
      'Nhà đầu tư nhận kết quả',
    ],
    legalBasis: ['61/2020/QH14', '31/2021/NĐ-CP', '32/2024/NĐ-CP'],
  },
  {
    name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
    slug: 'cap-giay-chung-nhan-dang-ky-dau-tu',
    field: 'Đầu tư',
    agency: 'Sở Tài chính',
    level: 'PROVINCE',
    processingTime: '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
    fees: 'Không',
    documents: ['Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư', 'Tài liệu về tư cách pháp lý của nhà đầu tư', 'Đề xuất dự án đầu tư'],
    steps: ['Nộp hồ sơ', 'Cơ quan đăng ký đầu tư xem xét hồ sơ', 'Nhận Giấy chứng nhận đăng ký đầu tư'],
    legalBasis: ['61/2020/QH14', '31/2021/NĐ-CP'],
  },
  {
    name: 'Thuê đất để thực hiện dự án trong cụm công nghiệp',
    slug: 'thue-dat-trong-cum-cong-nghiep',
    field: 'Đất đai',
    agency: 'Sở Nông nghiệp và Môi trường',
    level: 'PROVINCE',
    processingTime: '20 ngày làm việc',
    fees: 'Theo quy định về phí thẩm định hồ sơ của Hội đồng nhân dân tỉnh',
    documents: ['Đơn xin thuê đất', 'Văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư', 'Trích lục bản đồ địa chính thửa đất'],
    steps: ['Nộp hồ sơ', 'Thẩm định nhu cầu sử dụng đất', 'Ủy ban nhân dân tỉnh quyết định cho thuê đất', 'Ký hợp đồng thuê đất, bàn giao đất trên thực địa'],
    legalBasis: ['32/2024/NĐ-CP'],
  },
  {
    name: 'Cấp giấy phép xây dựng công trình trong cụm công nghiệp',
    slug: 'cap-giay-phep-xay-dung',
    field: 'Xây dựng',
    agency: 'Sở Xây dựng',
    level: 'PROVINCE',
    processingTime: '20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
    fees: 'Lệ phí cấp giấy phép xây dựng theo quy định của Hội đồng nhân dân tỉnh',
    documents: ['Đơn đề nghị cấp giấy phép xây dựng', 'Giấy tờ chứng minh quyền sử dụng đất', 'Bản vẽ thiết kế xây dựng'],
    steps: ['Nộp hồ sơ', 'Kiểm tra thực địa và thẩm định hồ sơ', 'Nhận giấy phép xây dựng'],
    legalBasis: ['32/2024/NĐ-CP'],
  },
  {
    name: 'Cấp giấy phép môi trường',
    slug: 'cap-giay-phep-moi-truong',
    field: 'Môi trường',
    agency: 'Sở Nông nghiệp và Môi trường',
    level: 'PROVINCE',
    processingTime: '30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
    fees: 'Phí thẩm định theo quy định của Hội đồng nhân dân tỉnh',
    documents: ['Văn bản đề nghị cấp giấy phép môi trường', 'Báo cáo đề xuất cấp giấy phép môi trường'],
    steps: ['Nộp hồ sơ', 'Thẩm định, kiểm tra thực tế', 'Nhận giấy phép môi trường'],
    legalBasis: ['32/2024/NĐ-CP'],
  },
];

/** The demo procedures (published, marked as data to verify), citing legal documents that exist. */
export async function seedProcedures(prisma: PrismaClient, storage: MediaStorage): Promise<{ seeded: boolean }> {
  if (await prisma.siteSetting.findUnique({ where: { key: PROCEDURES_SEEDED_MARKER } })) return { seeded: false };
  const pdfIds = await storeMissingLawPdfs(prisma, storage, INVESTMENT_LAWS, (law) => [law.number, law.issuingBody, 'Ban mau cho cong thong tin (demo)']);
  await prisma.$transaction(async (tx) => {
    await createSeedLaws(tx, INVESTMENT_LAWS, pdfIds);
    const numbers = [...new Set(DEMO_PROCEDURES.flatMap((procedure) => procedure.legalBasis))];
    const documentIds = new Map(
      (await tx.legalDocument.findMany({ where: { number: { in: numbers } }, select: { id: true, number: true } })).map((row) => [row.number, row.id]),
    );
    for (const procedure of DEMO_PROCEDURES) {
      if (await tx.administrativeProcedure.findUnique({ where: { slug: procedure.slug }, select: { id: true } })) continue;
      const { documents, steps, legalBasis, ...fields } = procedure;
      const cited = legalBasis.flatMap((number) => documentIds.get(number) ?? []);
      await tx.administrativeProcedure.create({
        data: {
          ...fields,
          documents: documents.join('\n'),
          steps: steps.join('\n'),
          nationalPortalUrl: NATIONAL_PORTAL,
          note: PROCEDURE_DEMO_NOTE,
          published: true,
          legalBasis: { create: cited.map((documentId, sortOrder) => ({ documentId, sortOrder })) },
        },
      });
    }
    await tx.siteSetting.create({ data: { key: PROCEDURES_SEEDED_MARKER, value: new Date().toISOString() } });
  });
  return { seeded: true };
}

export const DISCLOSURE_SEEDED_MARKER = 'system.disclosure_seeded_at';
const LAW_19 = 'Luật Tiếp cận thông tin 2016, Điều 19';

/** The catalog of information the Centre publishes and where (staff complete and correct it). */
export const DISCLOSURE_CATALOG: readonly { title: string; legalBasis: string; location: string }[] = [
  { title: 'Văn bản quy phạm pháp luật và văn bản liên quan đến cụm công nghiệp', legalBasis: LAW_19, location: '/van-ban' },
  { title: 'Thủ tục hành chính', legalBasis: `${LAW_19}; Nghị định 224/2026/NĐ-CP, Điều 9`, location: '/thu-tuc-hanh-chinh' },
  { title: 'Chiến lược, kế hoạch, chương trình, dự án', legalBasis: LAW_19, location: '/du-an' },
  { title: 'Thông báo mời thầu và kết quả lựa chọn nhà thầu', legalBasis: LAW_19, location: '/cong-khai?loai=dau-thau' },
  { title: 'Dự án đầu tư công', legalBasis: LAW_19, location: '/cong-khai?loai=dau-tu-cong' },
  { title: 'Dự toán, quyết toán ngân sách và báo cáo tài chính', legalBasis: LAW_19, location: '/cong-khai?loai=tai-chinh' },
  { title: 'Báo cáo thống kê', legalBasis: LAW_19, location: '/cong-khai?loai=thong-ke' },
  { title: 'Chức năng, nhiệm vụ, cơ cấu tổ chức', legalBasis: `${LAW_19}; Nghị định 224/2026/NĐ-CP, Điều 9`, location: '/co-cau-to-chuc' },
  { title: 'Thông tin liên hệ, cán bộ đầu mối', legalBasis: LAW_19, location: '/lien-he' },
  { title: 'Danh mục thông tin phải được công khai', legalBasis: LAW_19, location: '/cong-khai' },
];

/** The disclosure catalog and two illustrative items (a bidding notice and a budget report). */
export async function seedDisclosure(prisma: PrismaClient, storage: MediaStorage): Promise<{ seeded: boolean }> {
  if (await prisma.siteSetting.findUnique({ where: { key: DISCLOSURE_SEEDED_MARKER } })) return { seeded: false };
  const author = await prisma.user.findUnique({ where: { email: SYSTEM_AUTHOR_EMAIL }, select: { id: true } });
  const hasItems = (await prisma.disclosureItem.count()) > 0;
  const budgetPdf = hasItems
    ? null
    : await storePdf(prisma, storage, 'du-toan-ngan-sach-2026.pdf', ['Cong khai du toan ngan sach nam 2026', '(so lieu minh hoa)'], author?.id ?? null);
  await prisma.$transaction(async (tx) => {
    if ((await tx.disclosureCatalogEntry.count()) === 0) {
      await tx.disclosureCatalogEntry.createMany({ data: DISCLOSURE_CATALOG.map((entry, sortOrder) => ({ ...entry, sortOrder })) });
    }
    if (budgetPdf) {
      await tx.disclosureItem.create({
        data: {
          kind: 'PROCUREMENT',
          title: 'Thông báo mời thầu gói thầu xây dựng đường nội bộ Cụm công nghiệp Đồng Hướng (minh họa)',
          slug: 'moi-thau-duong-noi-bo-ccn-dong-huong',
          year: 2026,
          publishedOn: new Date('2026-10-15T00:00:00Z'),
          summary: 'Số liệu minh họa cho bản thử nghiệm, không phải thông báo mời thầu thật.',
          owner: 'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình',
          estimatedValueMillionVnd: 18_500,
          method: 'Đấu thầu rộng rãi trong nước, qua mạng',
          selectionTime: 'Quý IV năm 2026',
          procurementStatus: 'OPEN',
          published: true,
        },
      });
      await tx.disclosureItem.create({
        data: {
          kind: 'BUDGET',
          title: 'Công khai dự toán ngân sách năm 2026 (minh họa)',
          slug: 'du-toan-ngan-sach-2026',
          year: 2026,
          publishedOn: new Date('2026-01-20T00:00:00Z'),
          reportKind: 'Dự toán',
          summary: 'Số liệu minh họa cho bản thử nghiệm, không phải số liệu chính thức.',
          published: true,
          attachments: { create: [{ mediaId: budgetPdf, sortOrder: 0 }] },
        },
      });
    }
    await tx.siteSetting.create({ data: { key: DISCLOSURE_SEEDED_MARKER, value: new Date().toISOString() } });
  });
  return { seeded: true };
}

export const COMMUNES_SEEDED_MARKER = 'system.communes_seeded_at';
export const COMMUNE_SOURCE = 'Nghị quyết 1674/NQ-UBTVQH15 (bản sao thứ cấp, Điều 1)';

/**
 * Only communes whose formation was read in a copy of Nghị quyết 1674/NQ-UBTVQH15 (marked
 * verified, with the source); staff add the rest of the province's xã, phường and đặc khu.
 */
export const VERIFIED_COMMUNES: readonly { name: string; kind: 'XA' | 'PHUONG' | 'DAC_KHU'; formerDistrict: string }[] = [
  { name: 'Bình Lục', kind: 'XA', formerDistrict: 'Huyện Bình Lục, tỉnh Hà Nam (cũ): các xã Bình Nghĩa, Tràng An, Đồng Du' },
  { name: 'Bình Mỹ', kind: 'XA', formerDistrict: 'Huyện Bình Lục, tỉnh Hà Nam (cũ): thị trấn Bình Mỹ, các xã Đồn Xá, La Sơn' },
];

export async function seedCommunes(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  if (await prisma.siteSetting.findUnique({ where: { key: COMMUNES_SEEDED_MARKER } })) return { seeded: false };
  await prisma.$transaction(async (tx) => {
    for (const commune of VERIFIED_COMMUNES) {
      await tx.commune.upsert({ where: { name: commune.name }, update: {}, create: { ...commune, verified: true, source: COMMUNE_SOURCE } });
    }
    await tx.siteSetting.create({ data: { key: COMMUNES_SEEDED_MARKER, value: new Date().toISOString() } });
  });
  return { seeded: true };
}

/** Every issue-15 demo step, in order; each runs at most once per database. */
export async function seedLawContent(prisma: PrismaClient, storage: MediaStorage): Promise<{ seeded: string[] }> {
  const seeded: string[] = [];
  if ((await seedCurrentLaw(prisma, storage)).seeded) seeded.push('văn bản pháp luật hiện hành');
  if ((await seedProcedures(prisma, storage)).seeded) seeded.push('thủ tục hành chính');
  if ((await seedDisclosure(prisma, storage)).seeded) seeded.push('công khai thông tin');
  if ((await seedCommunes(prisma)).seeded) seeded.push('xã, phường');
  return { seeded };
}
