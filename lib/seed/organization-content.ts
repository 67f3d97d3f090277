import type { PrismaClient } from '../database/client.ts';
import { renderContent } from '../content/render.ts';
import { doc, heading, paragraph, text, type Node } from './rich-text.ts';

// History, organisation and leaders (NĐ 224/2026/NĐ-CP Đ9 k1b). The original site
// (/work/shared/content/original-site.txt) has none of this, so everything here is a placeholder
// that says so, for the Centre to replace in the admin. Runs once (marker); staff edits are kept.

export const ORGANIZATION_SEEDED_MARKER = 'system.organization_seeded_at';
const PLACEHOLDER = 'Nội dung minh họa, Trung tâm cần thay bằng thông tin chính thức.';

function rendered(body: Node) {
  const { html, text: plain } = renderContent(body);
  return { body: body as object, bodyHtml: html, bodyText: plain };
}

export const HISTORY_PAGE = {
  title: 'Lịch sử hình thành và phát triển',
  slug: 'lich-su-hinh-thanh',
  body: doc(
    paragraph(`${PLACEHOLDER} Quản trị viên sửa trang này trong Quản trị › Trang tĩnh.`),
    heading(2, 'Thành lập'),
    paragraph('Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình là đơn vị sự nghiệp công lập trực thuộc Sở Công Thương tỉnh Ninh Bình.'),
    heading(2, 'Từ ngày 01/07/2025'),
    paragraph(
      'Tỉnh Ninh Bình mới được hợp nhất từ các tỉnh Hà Nam, Nam Định và Ninh Bình; chính quyền địa phương tổ chức theo hai cấp (tỉnh và xã, phường, đặc khu). Địa bàn hoạt động của Trung tâm mở rộng theo tỉnh mới: xem ',
      text('danh sách cụm công nghiệp', '/cum-cong-nghiep'),
      '.',
    ),
  ),
};

/** Units of the chart: [name, head, duties, children]. */
type SeedUnit = [string, string, string, SeedUnit[]];
export const ORGANIZATION_UNITS: readonly SeedUnit[] = [
  [
    'Ban Giám đốc',
    'Giám đốc và các Phó Giám đốc',
    'Lãnh đạo, điều hành toàn bộ hoạt động của Trung tâm.\nChịu trách nhiệm trước Sở Công Thương và pháp luật.',
    [
      ['Phòng Hành chính - Tổng hợp', 'Trưởng phòng (minh họa)', 'Tổ chức, nhân sự, văn thư, lưu trữ.\nTài chính, kế toán, tài sản.', []],
      [
        'Phòng Kế hoạch - Đầu tư',
        'Trưởng phòng Phạm Quốc Huy (minh họa)',
        'Xây dựng kế hoạch đầu tư hạ tầng cụm công nghiệp.\nXúc tiến đầu tư, hướng dẫn nhà đầu tư.',
        [],
      ],
      [
        'Phòng Quản lý hạ tầng',
        'Trưởng phòng (minh họa)',
        'Quản lý, vận hành hạ tầng kỹ thuật các cụm công nghiệp được giao.\nTheo dõi môi trường, xử lý nước thải.',
        [],
      ],
    ],
  ],
];

const LEADER_PROFILES: Record<string, { duties: string; bio: string }> = {
  'Nguyễn Văn Minh': {
    duties: 'Phụ trách chung, lãnh đạo toàn diện hoạt động của Trung tâm.\nTrực tiếp phụ trách công tác tổ chức, tài chính.',
    bio: `${PLACEHOLDER}\nCử nhân kinh tế; nhiều năm công tác trong ngành Công Thương.`,
  },
  'Trần Thị Lan': {
    duties: 'Phụ trách xúc tiến đầu tư, hướng dẫn nhà đầu tư vào cụm công nghiệp.\nĐầu mối tiếp nhận phản ánh, kiến nghị của doanh nghiệp.',
    bio: `${PLACEHOLDER}\nKỹ sư xây dựng; công tác tại Trung tâm từ khi thành lập.`,
  },
};

export async function seedOrganization(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  if (await prisma.siteSetting.findUnique({ where: { key: ORGANIZATION_SEEDED_MARKER } })) return { seeded: false };
  await prisma.$transaction(async (tx) => {
    await tx.page.upsert({
      where: { slug: HISTORY_PAGE.slug },
      update: {},
      create: { title: HISTORY_PAGE.title, slug: HISTORY_PAGE.slug, sortOrder: 3, ...rendered(HISTORY_PAGE.body) },
    });
    if ((await tx.organizationUnit.count()) === 0) {
      const create = async (units: readonly SeedUnit[], parentId: string | null) => {
        for (const [sortOrder, [name, head, duties, children]] of units.entries()) {
          const unit = await tx.organizationUnit.create({ data: { name, head, duties, parentId, sortOrder }, select: { id: true } });
          await create(children, unit.id);
        }
      };
      await create(ORGANIZATION_UNITS, null);
    }
    for (const [name, profile] of Object.entries(LEADER_PROFILES)) {
      await tx.official.updateMany({ where: { name, leader: false, duties: '', bio: '' }, data: { leader: true, ...profile } });
    }
    // The structured chart and profiles now render on /co-cau-to-chuc and /lanh-dao: the
    // untouched demo pages keep only an introduction (their old bullet lists would repeat them).
    const intros: Record<string, Node> = {
      'co-cau-to-chuc': doc(paragraph('Sơ đồ tổ chức của Trung tâm, mỗi đơn vị với chức năng, nhiệm vụ, người đứng đầu và thông tin liên hệ.')),
      'lanh-dao': doc(paragraph('Ban Giám đốc Trung tâm: chức vụ, nhiệm vụ được phân công, tóm tắt quá trình công tác và thông tin liên hệ.')),
    };
    for (const [slug, body] of Object.entries(intros)) {
      await tx.page.updateMany({ where: { slug, version: 1 }, data: { ...rendered(body), version: 2 } });
    }
    await tx.siteSetting.create({ data: { key: ORGANIZATION_SEEDED_MARKER, value: new Date().toISOString() } });
  });
  return { seeded: true };
}
