import type { Metadata } from 'next';
import { connection } from 'next/server';
import { MenuManager } from '@/components/admin/menus/menu-manager';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listCategories } from '@/lib/data/staff/categories';
import { listMenu } from '@/lib/data/staff/menus';
import { listPagesForStaff } from '@/lib/data/staff/pages';

export const metadata: Metadata = { title: 'Menu', robots: { index: false } };

export default async function MenusPage() {
  await connection();
  await requireAdminPage('/quan-tri/menu');
  const [header, footer, categories, pages] = await Promise.all([listMenu('HEADER'), listMenu('FOOTER'), listCategories(), listPagesForStaff()]);
  const choices = { categories: categories.map(({ id, name }) => ({ id, name })), pages: pages.map(({ id, title }) => ({ id, title })) };
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">Menu</h1>
        <p className="mt-1 text-slate-600">
          Menu đầu trang và chân trang của cổng. Mỗi mục có thể có một cấp mục con. Kéo biểu tượng ⋮⋮, dùng phím mũi tên hoặc nút Lên/Xuống để sắp xếp. Mục “Tin
          tức” không có mục con sẽ tự liệt kê các chuyên mục tin.
        </p>
      </header>
      <MenuManager menu="HEADER" title="Menu đầu trang" items={header} choices={choices} />
      <MenuManager menu="FOOTER" title="Menu chân trang" items={footer} choices={choices} />
    </div>
  );
}
