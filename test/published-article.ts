import { prisma } from '@/lib/db';

/** Tests only: a published article to rate. */
export async function e2eLikeArticle(): Promise<string> {
  const author = await prisma.user.create({
    data: { email: `tac-gia-${Date.now()}@test.local`, name: 'Tác giả', passwordHash: 'x', role: 'AUTHOR' },
    select: { id: true },
  });
  const article = await prisma.article.create({
    data: {
      title: 'Bài được đánh giá',
      slug: 'bai-duoc-danh-gia',
      body: { type: 'doc', content: [] },
      bodyHtml: '',
      bodyText: '',
      status: 'PUBLISHED',
      publishedAt: new Date(Date.now() - 60_000),
      authorId: author.id,
    },
    select: { id: true },
  });
  return article.id;
}

/** Tests only: published administrative procedures to rate. */
export async function publishedProcedureIds(count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = await prisma.administrativeProcedure.create({
      data: { name: `Thủ tục ${prefix} ${index}`, slug: `${prefix}-${index}`, field: 'Đầu tư', agency: 'Trung tâm', level: 'PROVINCE', published: true },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}
