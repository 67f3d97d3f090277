import { connection } from 'next/server';
import { ClusterNav } from '@/components/site/cluster-nav';
import { ClusterTable, parseClusterSort } from '@/components/site/cluster-table';
import { metadataOnRequest } from '@/components/site/seo';
import { CommuneFilter, parseCommuneFilter } from '@/components/site/commune-filter';
import { clusterOrder, clustersInCommune, publishedClusters } from '@/lib/data/clusters';
import { formatNumber } from '@/lib/decree/clusters';

export const generateMetadata = metadataOnRequest({
  title: 'Cụm công nghiệp',
  description: 'Danh mục và bảng so sánh các cụm công nghiệp tỉnh Ninh Bình: diện tích, tỷ lệ lấp đầy, hạ tầng, ngành nghề thu hút.',
  path: '/cum-cong-nghiep',
});

export default async function ClustersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const params = await searchParams;
  const { sort, descending } = parseClusterSort(params);
  const all = await publishedClusters();
  const commune = parseCommuneFilter(params, all);
  const clusters = clusterOrder(clustersInCommune(all, commune), sort, descending);
  const planned = clusters.reduce((sum, cluster) => sum + cluster.plannedAreaHa, 0);
  const leased = clusters.reduce((sum, cluster) => sum + cluster.leasedAreaHa, 0);
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Cụm công nghiệp</h1>
      <ClusterNav current="/cum-cong-nghiep" />
      <p className="mb-4 text-slate-700">
        {clusters.length} cụm công nghiệp, tổng diện tích quy hoạch {formatNumber(planned, 2)} ha, đã cho thuê {formatNumber(leased, 2)} ha. Chọn các cụm rồi
        bấm “So sánh” để xem chi tiết cạnh nhau; bấm tiêu đề cột để sắp xếp.
      </p>
      <CommuneFilter action="/cum-cong-nghiep" clusters={all} selected={commune} />
      <form method="get" action="/cum-cong-nghiep/so-sanh">
        <ClusterTable
          clusters={clusters}
          sort={sort}
          descending={descending}
          basePath="/cum-cong-nghiep"
          extraQuery={commune ? [['xa', commune]] : []}
          selectable
        />
        <button type="submit" className="no-print mt-3 rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          So sánh các cụm đã chọn
        </button>
      </form>
    </div>
  );
}
