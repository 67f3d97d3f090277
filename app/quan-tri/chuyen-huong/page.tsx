import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RedirectDelete } from '@/components/admin/imports/redirect-delete';
import { RedirectForm } from '@/components/admin/imports/redirect-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listRedirects, REDIRECTS_PAGE_SIZE } from '@/lib/data/staff/redirects';
import { formatDate } from '@/lib/format/date';
import { AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Chuyển hướng', robots: { index: false } };

export default async function RedirectsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await connection();
  await requireAdminPage('/quan-tri/chuyen-huong');
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? '';
  const { rows, total } = await listRedirects({ q });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Chuyển hướng</h1>
        <p className="mt-1 text-slate-600">
          Địa chỉ cũ (từ trang WordPress trước đây hoặc thêm tay) được chuyển vĩnh viễn (308) tới địa chỉ mới. Chuyển hướng chỉ có tác dụng khi địa chỉ cũ không
          còn là một trang đang có.
        </p>
      </header>
      <section aria-labelledby="them-chuyen-huong" className="space-y-2">
        <h2 id="them-chuyen-huong" className="text-lg font-semibold">
          Thêm chuyển hướng
        </h2>
        <RedirectForm />
      </section>
      <section aria-labelledby="danh-sach-chuyen-huong" className="space-y-3">
        <h2 id="danh-sach-chuyen-huong" className="text-lg font-semibold">
          Danh sách ({total})
        </h2>
        <form method="get" className="flex gap-2" role="search">
          <label htmlFor="tim-chuyen-huong" className="sr-only">
            Tìm theo địa chỉ
          </label>
          <input
            id="tim-chuyen-huong"
            name="q"
            defaultValue={q}
            placeholder="Tìm theo địa chỉ"
            className="w-full max-w-sm rounded border border-slate-300 px-3 py-2"
          />
          <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-2">
            Tìm
          </button>
        </form>
        {rows.length === 0 ? (
          <p className="text-slate-600">Chưa có chuyển hướng nào.</p>
        ) : (
          <div className="overflow-x-auto">
            <AdminTable columns={['Địa chỉ cũ', 'Địa chỉ mới', 'Nguồn', 'Ngày tạo', { label: 'Thao tác', visuallyHidden: true }]}>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200">
                  <td className="py-2 pr-3 font-mono break-all">{row.fromPath}</td>
                  <td className="py-2 pr-3 font-mono break-all">{row.toPath}</td>
                  <td className="py-2 pr-3">{row.importFile ? `Nhập từ ${row.importFile}` : 'Thêm tay'}</td>
                  <td className="py-2 pr-3">{formatDate(row.createdAt)}</td>
                  <td className="py-2">
                    <RedirectDelete id={row.id} fromPath={row.fromPath} />
                  </td>
                </tr>
              ))}
            </AdminTable>
            {total > REDIRECTS_PAGE_SIZE ? (
              <p className="mt-2 text-sm text-slate-600">Hiển thị {REDIRECTS_PAGE_SIZE} chuyển hướng mới nhất; hãy tìm để thu hẹp danh sách.</p>
            ) : null}
          </div>
        )}
      </section>
    </div>
  );
}
