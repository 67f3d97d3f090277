import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { MapDocumentForm } from '@/components/admin/map-document-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffMapDocument } from '@/lib/data/staff/map-documents';
import { mediaFieldValue } from '@/lib/media/field-values';

export const metadata: Metadata = { title: 'Sửa bản đồ' };

export default async function EditMapDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/ban-do/[id]');
  const document = await getStaffMapDocument((await params).id);
  if (!document) notFound();
  const file = document.file;
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/ban-do" className="text-sm text-brand-700 underline">
        ← Danh sách bản đồ
      </Link>
      <h1 className="text-2xl font-bold">Sửa bản đồ</h1>
      <MapDocumentForm
        initial={{
          id: document.id,
          title: document.title,
          description: document.description,
          sortOrder: document.sortOrder,
          published: document.published,
          file: mediaFieldValue(
            document.mediaId,
            file ? { url: file.url, mimeType: file.mimeType, thumbnailUrl: file.thumbnailUrl, label: file.originalName } : null,
          ),
        }}
      />
    </div>
  );
}
