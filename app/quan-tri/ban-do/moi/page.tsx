import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { MapDocumentForm } from '@/components/admin/map-document-form';
import { requireAdminPage } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Thêm bản đồ' };

export default async function NewMapDocumentPage() {
  await connection();
  await requireAdminPage('/quan-tri/ban-do/moi');
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/ban-do" className="text-sm text-brand-700 underline">
        ← Danh sách bản đồ
      </Link>
      <h1 className="text-2xl font-bold">Thêm bản đồ</h1>
      <MapDocumentForm initial={{ title: '', description: '', sortOrder: 0, published: false, file: null }} />
    </div>
  );
}
