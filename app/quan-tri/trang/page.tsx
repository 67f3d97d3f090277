import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { StaticPageDelete } from '@/components/admin/static-page-delete';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listPagesForStaff } from '@/lib/data/staff/pages';
import { formatDateTime } from '@/lib/format/date';
import { AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Trang tĩnh' };

export default async function StaticPagesPage() {
  await connection();
  await requireAdminPage('/quan-tri/trang');
  const pages = await listPagesForStaff();
  return (
    <div>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">Trang tĩnh</h1>
        <Link href="/quan-tri/trang/moi" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          Thêm trang
        </Link>
      </div>
      <AdminTable columns={['Tiêu đề', 'Đường dẫn', 'Hiển thị', 'Cập nhật', { label: 'Thao tác', visuallyHidden: true }]}>
        {pages.map((page) => (
          <tr key={page.id} className="border-t border-slate-200">
            <td className="p-2">
              <Link href={`/quan-tri/trang/${page.id}`} className="font-medium text-brand-800 underline">
                {page.title}
              </Link>
            </td>
            <td className="p-2">
              {page.locale === 'en' ? '/en' : ''}/{page.slug}
            </td>
            <td className="p-2">{page.published ? 'Có' : 'Ẩn'}</td>
            <td className="p-2">{formatDateTime(page.updatedAt)}</td>
            <td className="p-2">
              <StaticPageDelete id={page.id} title={page.title} />
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
