import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../database/client.ts';
import { paragraphsToDocument, renderContent } from '../content/render.ts';
import { removeDiacritics, slugify } from '../content/slugify.ts';
import { DEMO_CATEGORIES, SYSTEM_AUTHOR_EMAIL } from './demo-content.ts';

// Realistic generated Vietnamese news for paging, search and benchmarks. Article i depends
// only on i, so a given N always yields the same articles (and N=100 is a prefix of N=1000).

const PLACES = ['Gia Viễn', 'Nho Quan', 'Yên Mô', 'Yên Khánh', 'Kim Sơn', 'Hoa Lư', 'Tam Điệp', 'Ninh Phong', 'Khánh Phú', 'Đồng Hướng', 'Gia Vân', 'Xích Thổ'];
const SUBJECTS = [
  'Cụm công nghiệp',
  'Doanh nghiệp',
  'Nhà đầu tư',
  'Hạ tầng kỹ thuật',
  'Dự án cơ khí',
  'Nhà máy may mặc',
  'Khu xử lý nước thải',
  'Dự án điện mặt trời mái nhà',
  'Chuỗi cung ứng linh kiện',
  'Hợp tác xã',
];
const ACTIONS = [
  'đẩy nhanh tiến độ',
  'hoàn thành giải phóng mặt bằng',
  'thu hút thêm vốn đầu tư',
  'đưa vào vận hành',
  'mở rộng quy mô sản xuất',
  'ký kết hợp tác',
  'được cấp chủ trương đầu tư',
  'tăng tỷ lệ lấp đầy',
  'đào tạo lao động địa phương',
  'nâng cấp đường giao thông nội bộ',
];
const TAILS = ['trong quý này', 'năm 2026', 'giai đoạn 2026 - 2030', 'theo kế hoạch của tỉnh', 'vượt chỉ tiêu đề ra', 'với tổng vốn hàng trăm tỷ đồng'];
const SENTENCES = [
  'UBND tỉnh Ninh Bình đã chỉ đạo các sở, ngành phối hợp tháo gỡ khó khăn cho doanh nghiệp trong cụm công nghiệp.',
  'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh tiếp tục rà soát quỹ đất sạch để đón các dự án mới.',
  'Các doanh nghiệp công nghiệp hỗ trợ được hướng dẫn tiếp cận chương trình khuyến công và vốn ưu đãi.',
  'Hệ thống cấp điện, cấp nước và xử lý nước thải tập trung đang được đầu tư đồng bộ.',
  'Sở Công Thương đề nghị chủ đầu tư hạ tầng bảo đảm tiến độ và chất lượng công trình.',
  'Nhiều nhà đầu tư trong và ngoài nước đã đến khảo sát, tìm hiểu cơ hội đầu tư.',
  'Lao động tại địa phương được ưu tiên tuyển dụng và đào tạo nghề theo nhu cầu của doanh nghiệp.',
  'Công tác bảo vệ môi trường, phòng cháy chữa cháy được kiểm tra định kỳ theo quy định.',
  'Tỷ lệ lấp đầy của cụm công nghiệp tăng rõ rệt so với cùng kỳ năm trước.',
  'Các thủ tục hành chính về đất đai, xây dựng được giải quyết nhanh theo cơ chế một cửa liên thông.',
  'Sản phẩm cơ khí, dệt may và điện tử của doanh nghiệp địa phương từng bước tham gia chuỗi cung ứng toàn cầu.',
  'Ban quản lý dự án thường xuyên đối thoại với doanh nghiệp để nắm bắt kiến nghị.',
];

const ANCHOR = Date.parse('2026-06-30T01:00:00Z');
const HOUR = 3_600_000;

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export interface SyntheticArticle {
  title: string;
  slug: string;
  summary: string;
  paragraphs: string[];
  publishedAt: Date;
  categorySlug: string;
}

export function syntheticArticle(index: number): SyntheticArticle {
  const random = prng(index * 7919 + 17);
  const place = pick(random, PLACES);
  const title = `${pick(random, SUBJECTS)} ${place} ${pick(random, ACTIONS)} ${pick(random, TAILS)}`;
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 4) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, SENTENCES)).join(' '),
  );
  return {
    title,
    slug: `${slugify(title, 70)}-${index + 1}`,
    summary: `${title}. ${paragraphs[0]}`.slice(0, 280),
    paragraphs: [`(${place}) ${paragraphs[0]}`, ...paragraphs.slice(1)],
    publishedAt: new Date(ANCHOR - index * 7 * HOUR),
    categorySlug: DEMO_CATEGORIES[index % DEMO_CATEGORIES.length]!.slug,
  };
}

const PLAIN_TEXT = /^[^&<>"'\u00a0\n]+$/;

/**
 * renderContent() for a body of plain paragraphs, without the editor's HTML pipeline when the
 * text has nothing to escape (a tested shortcut: the pipeline costs ~10-20 ms per article,
 * half an hour for the benchmark's 100,000 articles). Anything else goes through the pipeline.
 */
export function renderParagraphs(paragraphs: string[]): { html: string; text: string } {
  if (paragraphs.length === 0 || !paragraphs.every((text) => PLAIN_TEXT.test(text) && text.trim() === text)) {
    return renderContent(paragraphsToDocument(paragraphs));
  }
  return { html: paragraphs.map((text) => `<p>${text}</p>`).join(''), text: paragraphs.join('\n\n') };
}

/**
 * Inserts articles 0..count-1 that are not there yet; returns how many were inserted. One
 * INSERT … SELECT FROM unnest(arrays) per batch, two batches in flight (Node builds one while
 * PostgreSQL writes the other): 100,000 articles for the benchmark in a few minutes.
 */
export async function seedSyntheticArticles(prisma: PrismaClient, count: number, batchSize = 500, concurrency = 2): Promise<number> {
  const author = await prisma.user.findUniqueOrThrow({ where: { email: SYSTEM_AUTHOR_EMAIL } });
  const categories = await prisma.category.findMany({ select: { id: true, slug: true } });
  const categoryIds = new Map(categories.map((category) => [category.slug, category.id]));
  const insertBatch = async (start: number): Promise<number> => {
    const columns = {
      id: [] as string[],
      title: [] as string[],
      slug: [] as string[],
      summary: [] as string[],
      asciiTitle: [] as string[],
      body: [] as string[],
      bodyHtml: [] as string[],
      bodyText: [] as string[],
      publishedAt: [] as string[],
      categoryId: [] as (string | null)[],
    };
    for (let index = start; index < Math.min(start + batchSize, count); index += 1) {
      const article = syntheticArticle(index);
      const rendered = renderParagraphs(article.paragraphs);
      columns.id.push(randomUUID());
      columns.title.push(article.title);
      columns.slug.push(article.slug);
      columns.summary.push(article.summary);
      columns.asciiTitle.push(removeDiacritics(article.title).toLowerCase());
      columns.body.push(JSON.stringify(paragraphsToDocument(article.paragraphs)));
      columns.bodyHtml.push(rendered.html);
      columns.bodyText.push(rendered.text);
      columns.publishedAt.push(article.publishedAt.toISOString());
      columns.categoryId.push(categoryIds.get(article.categorySlug) ?? null);
    }
    return prisma.$executeRaw`
      INSERT INTO articles (id, title, slug, summary, ascii_title, byline, body, body_html, body_text, status, published_at, author_id, category_id, updated_at)
      SELECT t.id, t.title, t.slug, t.summary, t.ascii_title, 'Phóng viên', t.body, t.body_html, t.body_text, 'PUBLISHED', t.published_at, ${author.id}::uuid, t.category_id, now()
      FROM unnest(${columns.id}::uuid[], ${columns.title}::text[], ${columns.slug}::text[], ${columns.summary}::text[], ${columns.asciiTitle}::text[],
                  ${columns.body}::jsonb[], ${columns.bodyHtml}::text[], ${columns.bodyText}::text[], ${columns.publishedAt}::timestamptz[], ${columns.categoryId}::uuid[])
        AS t(id, title, slug, summary, ascii_title, body, body_html, body_text, published_at, category_id)
      ON CONFLICT DO NOTHING`;
  };
  let next = 0;
  let inserted = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const start = next;
        next += batchSize;
        const added = await insertBatch(start); // (not `inserted += await …`: that would add to a stale total)
        inserted += added;
      }
    }),
  );
  return inserted;
}
