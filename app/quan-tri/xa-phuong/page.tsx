import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { CommuneForm } from '@/components/admin/communes/commune-form';
import { RowAction } from '@/components/admin/decree/row-action';
import { ProvinceBoundaryForm } from '@/components/admin/communes/province-boundary-form';
import { deleteCommuneAction } from '@/lib/actions/communes';
import { resetProvinceBoundaryAction } from '@/lib/actions/province-boundary';
import { can } from '@/lib/auth/permissions';
import { provinceBoundary } from '@/lib/data/province-boundary';
import { formatDate } from '@/lib/format/date';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffCommunes } from '@/lib/data/staff/communes';
import { communeLabel } from '@/lib/decree/communes';
import { AdminTable } from '@/components/admin/admin-table';

export const metadata: Metadata = { title: 'Xã, phường, đặc khu' };

export default async function CommunesAdminPage() {
  await connection();
  const user = await requireAdminPage('/quan-tri/xa-phuong');
  const [communes, boundary] = await Promise.all([listStaffCommunes(), provinceBoundary()]);
  const points = boundary.rings.reduce((sum, ring) => sum + ring.length, 0);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Xã, phường, đặc khu</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        Từ 01/7/2025 tỉnh Ninh Bình (hợp nhất Hà Nam, Nam Định, Ninh Bình) có hai cấp chính quyền: tỉnh và xã, phường, đặc khu. Cụm công nghiệp, dự án và cán bộ
        đầu mối chọn địa bàn trong danh sách này. Danh sách ban đầu chỉ gồm các đơn vị đã đối chiếu được; hãy bổ sung theo Nghị quyết 1674/NQ-UBTVQH15.
      </p>
      <AdminTable columns={['Đơn vị', 'Huyện cũ', 'Đối chiếu', 'Đang dùng', 'Thao tác']}>
        {communes.map((commune) => (
          <tr key={commune.id} className="border-t border-slate-200 align-top">
            <td className="p-2 font-semibold">
              <Link href={`/quan-tri/xa-phuong/${commune.id}`} className="text-brand-700 underline">
                {communeLabel(commune)}
              </Link>
            </td>
            <td className="p-2">{commune.formerDistrict}</td>
            <td className="p-2">{commune.verified ? `Đã đối chiếu${commune.source ? ` (${commune.source})` : ''}` : 'Chưa đối chiếu'}</td>
            <td className="p-2">
              {commune._count.clusters} cụm, {commune._count.projects} dự án, {commune._count.officials} cán bộ
            </td>
            <td className="p-2">
              <RowAction
                action={deleteCommuneAction}
                fields={{ id: commune.id }}
                label="Xóa"
                variant="danger"
                confirm={`Xóa “${communeLabel(commune)}”? Các cụm, dự án, cán bộ đang chọn đơn vị này sẽ không còn địa bàn.`}
              />
            </td>
          </tr>
        ))}
      </AdminTable>
      <h2 className="text-lg font-bold">Thêm xã, phường, đặc khu</h2>
      <CommuneForm initial={{ name: '', kind: 'XA', formerDistrict: '', source: '', verified: false }} />
      <section aria-labelledby="ranh-gioi" className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="ranh-gioi" className="text-lg font-bold">
          Ranh giới tỉnh trên bản đồ cụm công nghiệp
        </h2>
        <p className="text-sm text-slate-700">
          {boundary.illustrative
            ? 'Bản đồ đang dùng ranh giới minh họa của tỉnh sau hợp nhất (vẽ tay, không dùng để đo đạc).'
            : `Bản đồ đang dùng ranh giới tải lên từ tệp “${boundary.source}”${boundary.uploadedAt ? ` ngày ${formatDate(new Date(boundary.uploadedAt))}` : ''}: ${boundary.rings.length} vùng, ${points.toLocaleString('vi-VN')} điểm.`}
        </p>
        {can(user.role, 'provinceBoundary.manage') ? (
          <>
            <ProvinceBoundaryForm />
            {!boundary.illustrative && (
              <RowAction
                action={resetProvinceBoundaryAction}
                fields={{}}
                label="Dùng lại ranh giới minh họa"
                confirm="Bỏ ranh giới đã tải lên và dùng lại ranh giới minh họa?"
              />
            )}
          </>
        ) : (
          <p className="text-sm text-slate-600">Chỉ quản trị viên thay được ranh giới.</p>
        )}
      </section>
    </div>
  );
}
