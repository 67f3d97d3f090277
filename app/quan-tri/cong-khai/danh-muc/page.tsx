import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { CatalogEntryForm } from '@/components/admin/disclosure/catalog-entry-form';
import { RowAction } from '@/components/admin/decree/row-action';
import { deleteCatalogEntryAction } from '@/lib/actions/disclosure';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffCatalogEntries } from '@/lib/data/staff/disclosure';
import { AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Danh mục thông tin phải được công khai' };

export default async function CatalogAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/cong-khai/danh-muc');
  const entries = await listStaffCatalogEntries();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/cong-khai" className="text-sm text-brand-700 underline">
        ← Công khai thông tin
      </Link>
      <h1 className="text-2xl font-bold">Danh mục thông tin phải được công khai</h1>
      <AdminTable columns={['Thứ tự', 'Thông tin', 'Căn cứ', 'Nơi đăng', 'Hiển thị', 'Thao tác']}>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-t border-slate-200 align-top">
            <td className="p-2">{entry.sortOrder}</td>
            <td className="p-2 font-semibold">
              <Link href={`/quan-tri/cong-khai/danh-muc/${entry.id}`} className="text-brand-700 underline">
                {entry.title}
              </Link>
            </td>
            <td className="p-2">{entry.legalBasis}</td>
            <td className="p-2">{entry.location}</td>
            <td className="p-2">{entry.published ? 'Có' : 'Không'}</td>
            <td className="p-2">
              <RowAction action={deleteCatalogEntryAction} fields={{ id: entry.id }} label="Xóa" variant="danger" confirm={`Xóa “${entry.title}”?`} />
            </td>
          </tr>
        ))}
      </AdminTable>
      <h2 className="text-lg font-bold">Thêm mục</h2>
      <CatalogEntryForm initial={{ title: '', legalBasis: '', location: '', sortOrder: String((entries.at(-1)?.sortOrder ?? 0) + 1), published: true }} />
    </div>
  );
}
