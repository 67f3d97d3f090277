import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { RowAction } from '@/components/admin/decree/row-action';
import { buttonClasses } from '@/components/ui/button';
import { deleteClusterAction } from '@/lib/actions/clusters';
import { requirePermission } from '@/lib/auth/current-user';
import { listStaffClusters } from '@/lib/data/staff/clusters';
import { CLUSTER_STATUS_LABELS, formatNumber, occupancyPercent } from '@/lib/decree/clusters';

export const metadata: Metadata = { title: 'Cụm công nghiệp' };

export default async function ClustersAdminPage() {
  await connection();
  await requirePermission('cluster.manage');
  const clusters = await listStaffClusters();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Cụm công nghiệp</h1>
        <Link href="/quan-tri/cum-cong-nghiep/moi" className={buttonClasses()}>
          Thêm cụm công nghiệp
        </Link>
      </div>
      <table className="w-full border-collapse bg-white text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th className="p-2">Tên</th>
            <th className="p-2">Huyện/thành phố</th>
            <th className="p-2">Diện tích (ha)</th>
            <th className="p-2">Lấp đầy</th>
            <th className="p-2">Tình trạng</th>
            <th className="p-2">Công khai</th>
            <th className="p-2">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((cluster) => (
            <tr key={cluster.id} className="border-t border-slate-200">
              <td className="p-2 font-semibold">
                <Link href={`/quan-tri/cum-cong-nghiep/${cluster.id}`} className="text-brand-700 underline">
                  {cluster.name}
                </Link>
              </td>
              <td className="p-2">{cluster.district}</td>
              <td className="p-2">{formatNumber(cluster.plannedAreaHa, 2)}</td>
              <td className="p-2">{formatNumber(occupancyPercent(cluster))}%</td>
              <td className="p-2">{CLUSTER_STATUS_LABELS[cluster.status]}</td>
              <td className="p-2">{cluster.published ? 'Đã xuất bản' : 'Nháp'}</td>
              <td className="p-2">
                <RowAction action={deleteClusterAction} fields={{ id: cluster.id }} label="Xóa" variant="danger" confirm={`Xóa ${cluster.name}?`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
