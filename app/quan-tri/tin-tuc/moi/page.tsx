import type { Metadata } from 'next';
import { connection } from 'next/server';
import { NewArticleForm } from '@/components/admin/new-article-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { categoryOptions } from '@/lib/data/staff/articles';
import { configuredOrigin } from '@/lib/config/site-origin';

export const metadata: Metadata = { title: 'Viết bài mới' };

export default async function NewArticlePage() {
  await connection();
  const user = await requireAdminPage('/quan-tri/tin-tuc/moi');
  const categories = await categoryOptions();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Viết bài mới</h1>
      <NewArticleForm
        categories={categories}
        canPublish={can(user.role, 'article.publish')}
        canChangeStatus={can(user.role, 'article.editAny')}
        canTrash={can(user.role, 'article.trash')}
        configuredOrigin={configuredOrigin()}
      />
    </div>
  );
}
