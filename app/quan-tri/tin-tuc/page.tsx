import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ArticleBulkTable } from '@/components/admin/article-bulk-table';
import { ArticleListFilters, ArticlePagination } from '@/components/admin/article-list-filters';
import { requireAdminPage } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { authorOptions, categoryOptions, listArticlesForStaff } from '@/lib/data/staff/articles';
import { listTags } from '@/lib/data/staff/tags';
import { formatDateTime } from '@/lib/format/date';
import { formatCount } from '@/lib/format/number';
import { articleListQuerySchema } from '@/lib/validation/article';

export const metadata: Metadata = { title: 'Tin bài' };

export default async function ArticleListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await requireAdminPage('/quan-tri/tin-tuc');
  const query = articleListQuerySchema.parse(await searchParams);
  const editor = can(user.role, 'article.editAny');
  const [{ rows, total, more, pageCount }, categories, authors, tags] = await Promise.all([
    listArticlesForStaff(user, query),
    categoryOptions(),
    editor ? authorOptions() : Promise.resolve(null),
    listTags(),
  ]);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Tin bài</h1>
        <div className="flex gap-3">
          {can(user.role, 'article.restore') && (
            <Link href="/quan-tri/tin-tuc/thung-rac" className="rounded border border-slate-300 bg-white px-4 py-2 font-semibold">
              Thùng rác
            </Link>
          )}
          <Link href="/quan-tri/tin-tuc/moi" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            Viết bài mới
          </Link>
        </div>
      </div>
      <ArticleListFilters query={query} categories={categories} authors={authors} tags={tags} />
      <p className="mb-2 text-sm text-slate-600">
        {more ? 'Hơn ' : ''}
        {formatCount(total)} bài viết
      </p>
      <ArticleBulkTable
        mode="list"
        canTrash={can(user.role, 'article.trash')}
        canPurge={false}
        rows={rows.map((row) => ({
          id: row.id,
          title: row.title,
          status: row.status,
          author: row.author.name,
          category: row.category?.name ?? null,
          date: formatDateTime(row.updatedAt),
        }))}
      />
      <ArticlePagination query={query} pageCount={pageCount} more={more} basePath="/quan-tri/tin-tuc" />
    </div>
  );
}
