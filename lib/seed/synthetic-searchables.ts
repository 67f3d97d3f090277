import type { PrismaClient } from '../database/client.ts';

// Generated legal documents, administrative procedures and disclosure items for measuring the
// one search over everything (scripts/explain-search.ts): the same place names and subjects as
// the synthetic articles (lib/seed/synthetic.ts), so that a query matches a similar share of
// every type. Row i depends only on i; rows already there are kept (numbers and slugs are unique).

const PLACES = ['Gia Viễn', 'Nho Quan', 'Yên Mô', 'Yên Khánh', 'Kim Sơn', 'Hoa Lư', 'Tam Điệp', 'Ninh Phong', 'Khánh Phú', 'Đồng Hướng', 'Gia Vân', 'Xích Thổ'];
const SUBJECTS = [
  'hạ tầng kỹ thuật',
  'giải phóng mặt bằng',
  'xử lý nước thải',
  'điện mặt trời mái nhà',
  'đường giao thông nội bộ',
  'thuê đất',
  'phòng cháy chữa cháy',
];

/** Inserts up to `total` rows (half documents, a tenth procedures, the rest disclosure items); returns how many were new. */
export async function seedSyntheticSearchables(prisma: PrismaClient, total: number): Promise<number> {
  if (total <= 0) return 0;
  const documents = Math.floor(total / 2);
  const procedures = Math.floor(total / 10);
  const disclosure = total - documents - procedures;
  const places = PLACES;
  const subjects = SUBJECTS;
  const inserted = [
    await prisma.$executeRaw`
        INSERT INTO legal_documents (id, document_type, number, issuing_body, issued_on, summary, field, published, updated_at)
        SELECT gen_random_uuid(), 'QUYET_DINH', g || '/' || (2010 + g % 17) || '/QĐ-TH', 'UBND tỉnh Ninh Bình', make_date(2010 + g % 17, 1 + g % 12, 1 + g % 28),
               'Quyết định về ' || (${subjects}::text[])[1 + g % ${subjects.length}] || ' cụm công nghiệp ' || (${places}::text[])[1 + g % ${places.length}] || ', số thứ tự ' || g,
               'Công nghiệp', true, now()
        FROM generate_series(1, ${documents}::int) g
        ON CONFLICT (number) DO NOTHING`,
    await prisma.$executeRaw`
        INSERT INTO administrative_procedures (id, name, slug, field, agency, level, documents, steps, published, updated_at)
        SELECT gen_random_uuid(), 'Thủ tục ' || (${subjects}::text[])[1 + g % ${subjects.length}] || ' trong cụm công nghiệp ' || (${places}::text[])[1 + g % ${places.length}] || ' ' || g,
               'thu-tuc-tong-hop-' || g, 'Công nghiệp', 'Sở Công Thương', 'PROVINCE', 'Đơn đề nghị.' || chr(10) || 'Bản vẽ mặt bằng.', 'Nộp hồ sơ.' || chr(10) || 'Nhận kết quả.', true, now()
        FROM generate_series(1, ${procedures}::int) g
        ON CONFLICT (slug) DO NOTHING`,
    await prisma.$executeRaw`
        INSERT INTO disclosure_items (id, kind, title, slug, year, published_on, summary, published, updated_at)
        SELECT gen_random_uuid(), (ARRAY['PROCUREMENT', 'PUBLIC_INVESTMENT', 'BUDGET', 'STATISTICS'])[1 + g % 4]::"DisclosureKind",
               'Thông báo ' || (${subjects}::text[])[1 + g % ${subjects.length}] || ' cụm công nghiệp ' || (${places}::text[])[1 + g % ${places.length}] || ' ' || g,
               'cong-khai-tong-hop-' || g, 2015 + g % 12, make_date(2015 + g % 12, 1 + g % 12, 1 + g % 28), 'Số liệu tổng hợp.', true, now()
        FROM generate_series(1, ${disclosure}::int) g
        ON CONFLICT (slug) DO NOTHING`,
  ];
  return inserted.reduce((sum, count) => sum + count, 0);
}
