import Link from 'next/link';
import { connection } from 'next/server';
import { ClusterNav } from '@/components/site/cluster-nav';
import { metadataOnRequest } from '@/components/site/seo';
import { clusterOrder, publishedClusters, type ClusterSummary } from '@/lib/data/clusters';
import { CLUSTER_STATUS_LABELS, formatNumber } from '@/lib/decree/clusters';
import { communeLabel } from '@/lib/decree/communes';

export const generateMetadata = metadataOnRequest({ title: 'So sánh cụm công nghiệp', path: '/cum-cong-nghiep/so-sanh', noIndex: true });

function price(cluster: ClusterSummary): string {
  if (cluster.landPriceMin === null && cluster.landPriceMax === null) return 'Liên hệ';
  const parts = [cluster.landPriceMin, cluster.landPriceMax].filter((value): value is number => value !== null).map((value) => formatNumber(value, 0));
  return `${[...new Set(parts)].join(' – ')} đồng/m²`;
}

const ROWS: { label: string; value: (cluster: ClusterSummary) => string }[] = [
  { label: 'Xã, phường, đặc khu', value: (cluster) => (cluster.place ? communeLabel(cluster.place) : '—') },
  { label: 'Địa danh cũ (trước 01/7/2025)', value: (cluster) => [cluster.commune, cluster.district].filter(Boolean).join(', ') || '—' },
  { label: 'Diện tích quy hoạch (ha)', value: (cluster) => formatNumber(cluster.plannedAreaHa, 2) },
  { label: 'Đã cho thuê (ha)', value: (cluster) => formatNumber(cluster.leasedAreaHa, 2) },
  { label: 'Tỷ lệ lấp đầy', value: (cluster) => `${formatNumber(cluster.occupancy)}%` },
  { label: 'Tình trạng', value: (cluster) => CLUSTER_STATUS_LABELS[cluster.status] },
  { label: 'Ngành nghề thu hút', value: (cluster) => cluster.industries || '—' },
  { label: 'Giá thuê đất', value: price },
];

/** Chosen clusters side by side (?c=slug&c=slug…), most occupied first. */
export default async function CompareClustersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = (await searchParams).c;
  const chosen = new Set((Array.isArray(raw) ? raw : raw ? [raw] : []).slice(0, 6));
  const clusters = clusterOrder(
    (await publishedClusters()).filter((cluster) => chosen.has(cluster.slug)),
    'lap-day',
    true,
  );
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">So sánh cụm công nghiệp</h1>
      <ClusterNav current="/cum-cong-nghiep" />
      {clusters.length < 2 ? (
        <p className="rounded border border-slate-200 bg-white p-4">
          Hãy chọn ít nhất hai cụm công nghiệp trong{' '}
          <Link href="/cum-cong-nghiep" className="text-brand-700 underline">
            danh sách
          </Link>{' '}
          để so sánh.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm" aria-label="So sánh các cụm công nghiệp đã chọn">
            <thead className="bg-brand-50 text-brand-900">
              <tr>
                <td className="border border-slate-200 px-3 py-2" />
                {clusters.map((cluster) => (
                  <th key={cluster.id} scope="col" className="border border-slate-200 px-3 py-2">
                    <Link href={`/cum-cong-nghiep/${cluster.slug}`} className="hover:underline">
                      {cluster.name}
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="border border-slate-200 bg-slate-50 px-3 py-2 font-semibold">
                    {row.label}
                  </th>
                  {clusters.map((cluster) => (
                    <td key={cluster.id} className="border border-slate-200 px-3 py-2">
                      {row.value(cluster)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
