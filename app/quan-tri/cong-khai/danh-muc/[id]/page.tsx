import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { CatalogEntryForm } from '@/components/admin/disclosure/catalog-entry-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffCatalogEntry } from '@/lib/data/staff/disclosure';

export const metadata: Metadata = { title: 'Sửa mục danh mục công khai' };

export default async function EditCatalogEntryPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/cong-khai/danh-muc/[id]');
  const entry = await getStaffCatalogEntry((await params).id);
  if (!entry) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/cong-khai/danh-muc" className="text-sm text-brand-700 underline">
        ← Danh mục
      </Link>
      <h1 className="text-2xl font-bold">Sửa: {entry.title}</h1>
      <CatalogEntryForm
        initial={{
          id: entry.id,
          title: entry.title,
          legalBasis: entry.legalBasis,
          location: entry.location,
          sortOrder: String(entry.sortOrder),
          published: entry.published,
        }}
      />
    </div>
  );
}
