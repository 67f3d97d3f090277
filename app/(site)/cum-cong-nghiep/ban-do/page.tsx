import Link from 'next/link';
import { connection } from 'next/server';
import { ClusterMap } from '@/components/site/cluster-map';
import { ClusterNav } from '@/components/site/cluster-nav';
import { metadataOnRequest } from '@/components/site/seo';
import { CommuneFilter, parseCommuneFilter } from '@/components/site/commune-filter';
import { clustersInCommune, publishedClusters } from '@/lib/data/clusters';
import { formatNumber } from '@/lib/decree/clusters';

export const generateMetadata = metadataOnRequest({
  title: 'Bản đồ cụm công nghiệp',
  description: 'Vị trí các cụm công nghiệp trên địa bàn tỉnh Ninh Bình.',
  path: '/cum-cong-nghiep/ban-do',
});

export default async function ClusterMapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const all = await publishedClusters();
  const commune = parseCommuneFilter(await searchParams, all);
  const clusters = clustersInCommune(all, commune);
  const unplaced = clusters.filter((cluster) => cluster.latitude === null || cluster.longitude === null);
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Bản đồ cụm công nghiệp</h1>
      <ClusterNav current="/cum-cong-nghiep/ban-do" />
      <CommuneFilter action="/cum-cong-nghiep/ban-do" clusters={all} selected={commune} />
      <ClusterMap clusters={clusters} />
      {unplaced.length > 0 && (
        <p className="mt-4 text-sm text-slate-700">
          Chưa có tọa độ:{' '}
          {unplaced.map((cluster, index) => (
            <span key={cluster.id}>
              {index > 0 && ', '}
              <Link href={`/cum-cong-nghiep/${cluster.slug}`} className="text-brand-700 underline">
                {cluster.name}
              </Link>
            </span>
          ))}
          .
        </p>
      )}
      <p className="mt-2 text-sm text-slate-600">Tổng số: {formatNumber(clusters.length, 0)} cụm công nghiệp.</p>
    </div>
  );
}
