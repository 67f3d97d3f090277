import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { JSONContent } from '@tiptap/react';
import { ClusterForm } from '@/components/admin/decree/cluster-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffCluster } from '@/lib/data/staff/clusters';
import { communeOptions } from '@/lib/data/communes';

export const metadata: Metadata = { title: 'Sửa cụm công nghiệp' };

const text = (value: number | null) => (value === null ? '' : String(value));

export default async function EditClusterPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/cum-cong-nghiep/[id]');
  const [cluster, communes] = await Promise.all([getStaffCluster((await params).id), communeOptions()]);
  if (!cluster) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/cum-cong-nghiep" className="text-sm text-brand-700 underline">
        ← Danh sách cụm công nghiệp
      </Link>
      <h1 className="text-2xl font-bold">Sửa {cluster.name}</h1>
      <ClusterForm
        communes={communes}
        initial={{
          id: cluster.id,
          name: cluster.name,
          slug: cluster.slug,
          communeId: cluster.communeId ?? '',
          district: cluster.district,
          commune: cluster.commune,
          plannedAreaHa: String(cluster.plannedAreaHa),
          leasedAreaHa: String(cluster.leasedAreaHa),
          status: cluster.status,
          power: cluster.power,
          water: cluster.water,
          wastewater: cluster.wastewater,
          roads: cluster.roads,
          industries: cluster.industries,
          developer: cluster.developer,
          contact: cluster.contact,
          landPriceMin: text(cluster.landPriceMin),
          landPriceMax: text(cluster.landPriceMax),
          latitude: text(cluster.latitude),
          longitude: text(cluster.longitude),
          description: cluster.description as JSONContent,
          published: cluster.published,
          photos: cluster.photos.map((photo) => ({
            id: photo.id,
            url: photo.url,
            mimeType: photo.mimeType,
            label: photo.label,
            thumbnailUrl: photo.thumbnailUrl,
          })),
          articles: cluster.articles,
        }}
      />
    </div>
  );
}
