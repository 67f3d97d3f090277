import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CategoriesManager } from '@/components/admin/categories/categories-manager';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listCategories } from '@/lib/data/staff/categories';

export const metadata: Metadata = { title: 'Danh mục', robots: { index: false } };

export default async function CategoriesPage() {
  await connection();
  await requireAdminPage('/quan-tri/danh-muc');
  const categories = await listCategories();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Danh mục</h1>
        <p className="mt-1 text-slate-600">Thứ tự dưới đây là thứ tự trên trình đơn của trang công khai. Chỉ xóa được danh mục không còn bài viết.</p>
      </header>
      <CategoriesManager categories={categories} />
    </div>
  );
}
