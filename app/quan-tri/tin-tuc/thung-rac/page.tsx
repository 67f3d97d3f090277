import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ArticleBulkTable } from '@/components/admin/article-bulk-table';
import { ArticlePagination } from '@/components/admin/article-list-filters';
import { requireAdminPage } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { listArticlesForStaff } from '@/lib/data/staff/articles';
import { purgeExpiredTrash, TRASH_RETENTION_DAYS } from '@/lib/data/staff/article-workflow';
import { formatDateTime } from '@/lib/format/date';
import { articleListQuerySchema } from '@/lib/validation/article';

export const metadata: Metadata = { title: 'Thùng rác' };

export default async function ArticleTrashPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await requireAdminPage('/quan-tri/tin-tuc/thung-rac');
  // Lazy expiry: trashed articles are never public, so no cache needs invalidating.
  await purgeExpiredTrash();
  const query = articleListQuerySchema.parse(await searchParams);
  const { rows, pageCount, more } = await listArticlesForStaff(user, query, true);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Thùng rác</h1>
        <Link href="/quan-tri/tin-tuc" className="text-brand-700 underline">
          ‹ Về danh sách tin bài
        </Link>
      </div>
      <p className="mb-3 text-sm text-slate-600">Bài viết trong thùng rác quá {TRASH_RETENTION_DAYS} ngày sẽ tự động bị xoá vĩnh viễn.</p>
      <ArticleBulkTable
        mode="trash"
        canTrash={false}
        canPurge={can(user.role, 'article.purge')}
        rows={rows.map((row) => ({
          id: row.id,
          title: row.title,
          status: row.status,
          author: row.author.name,
          category: row.category?.name ?? null,
          date: row.deletedAt ? formatDateTime(row.deletedAt) : '',
        }))}
      />
      <ArticlePagination query={query} pageCount={pageCount} more={more} basePath="/quan-tri/tin-tuc/thung-rac" />
    </div>
  );
}
