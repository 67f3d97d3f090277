import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ClusterForm } from '@/components/admin/decree/cluster-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { communeOptions } from '@/lib/data/communes';

export const metadata: Metadata = { title: 'Thêm cụm công nghiệp' };

const EMPTY = { type: 'doc', content: [{ type: 'paragraph' }] };

export default async function NewClusterPage() {
  await connection();
  await requireAdminPage('/quan-tri/cum-cong-nghiep/moi');
  const communes = await communeOptions();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/cum-cong-nghiep" className="text-sm text-brand-700 underline">
        ← Danh sách cụm công nghiệp
      </Link>
      <h1 className="text-2xl font-bold">Thêm cụm công nghiệp</h1>
      <ClusterForm
        communes={communes}
        initial={{
          name: '',
          slug: '',
          communeId: '',
          district: '',
          commune: '',
          plannedAreaHa: '',
          leasedAreaHa: '0',
          status: 'PLANNED',
          power: '',
          water: '',
          wastewater: '',
          roads: '',
          industries: '',
          developer: '',
          contact: '',
          landPriceMin: '',
          landPriceMax: '',
          latitude: '',
          longitude: '',
          description: EMPTY,
          published: false,
          photos: [],
          articles: [],
        }}
      />
    </div>
  );
}
