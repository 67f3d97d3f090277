import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { CommuneForm } from '@/components/admin/communes/commune-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffCommune } from '@/lib/data/staff/communes';
import { communeLabel } from '@/lib/decree/communes';

export const metadata: Metadata = { title: 'Sửa xã, phường' };

export default async function EditCommunePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/xa-phuong/[id]');
  const commune = await getStaffCommune((await params).id);
  if (!commune) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/xa-phuong" className="text-sm text-brand-700 underline">
        ← Danh sách
      </Link>
      <h1 className="text-2xl font-bold">Sửa: {communeLabel(commune)}</h1>
      <CommuneForm
        initial={{
          id: commune.id,
          name: commune.name,
          kind: commune.kind,
          formerDistrict: commune.formerDistrict,
          source: commune.source,
          verified: commune.verified,
        }}
      />
    </div>
  );
}
