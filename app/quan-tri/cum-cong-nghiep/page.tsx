import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RecordTable } from '@/components/admin/decree/record-table';
import { deleteClusterAction } from '@/lib/actions/clusters';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffClusters } from '@/lib/data/staff/clusters';
import { CLUSTER_STATUS_LABELS, formatNumber, occupancyPercent } from '@/lib/decree/clusters';
import { communeLabel } from '@/lib/decree/communes';

export const metadata: Metadata = { title: 'Cụm công nghiệp' };

export default async function ClustersAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/cum-cong-nghiep');
  const clusters = await listStaffClusters();
  return (
    <RecordTable
      heading="Cụm công nghiệp"
      createHref="/quan-tri/cum-cong-nghiep/moi"
      createLabel="Thêm cụm công nghiệp"
      records={clusters}
      name={(cluster) => cluster.name}
      editBase="/quan-tri/cum-cong-nghiep"
      columns={[
        { header: 'Xã, phường, đặc khu', cell: (cluster) => (cluster.place ? communeLabel(cluster.place) : 'Chưa chọn') },
        { header: 'Diện tích (ha)', cell: (cluster) => formatNumber(cluster.plannedAreaHa, 2) },
        { header: 'Lấp đầy', cell: (cluster) => `${formatNumber(occupancyPercent(cluster))}%` },
        { header: 'Tình trạng', cell: (cluster) => CLUSTER_STATUS_LABELS[cluster.status] },
      ]}
      remove={deleteClusterAction}
    />
  );
}
